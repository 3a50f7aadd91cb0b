using System.Text;

namespace SocialPrescribing.TestKit.Fuzzing;

/// <param name="Status">The HTTP status, or 0 when no answer came (the exception or time-out is in <paramref name="Body"/>).</param>
/// <param name="Operation">The operation's path template, for counting answers per operation.</param>
public sealed record FuzzResult(string Caller, string Method, string Operation, string Url, string Case, int Status, string Body)
{
    public bool IsFailure => Status is >= 500 or 0;

    public override string ToString() =>
        $"{Status} ← {Method} {Shorten(Url, 200)} as {Caller} [{Case}]: {Shorten(Body.ReplaceLineEndings(" "), 300)}";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}

public sealed class FuzzReport(int operations, IReadOnlyList<FuzzResult> results)
{
    public int Operations => operations;

    public int Requests => results.Count;

    public IReadOnlyList<FuzzResult> Results => results;

    /// <summary>Answers of 500 or above, and requests that got no answer at all.</summary>
    public IReadOnlyList<FuzzResult> Failures => [.. results.Where(r => r.IsFailure)];

    public string Summary =>
        $"{Requests} requests to {Operations} operations; {Failures.Count} answered 5xx or not at all; " +
        string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));

    /// <summary>
    /// Writes the summary, then each operation's answers by status, to TestResults/fuzz-{name}.txt beside
    /// the test binary (the test runner shows a passing test's output to no one), and returns the path.
    /// </summary>
    public string Save(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        var text = new StringBuilder(Describe());
        foreach (var operation in results.GroupBy(r => $"{r.Method} {r.Operation}").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"{operation.Key}: " + string.Join(", ", operation.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        }
        var path = Path.Combine(folder, $"fuzz-{name}.txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>Every failing request, one a line, for the assertion message.</summary>
    public string Describe()
    {
        var text = new StringBuilder(Summary).AppendLine();
        foreach (var failure in Failures)
        {
            text.AppendLine(failure.ToString());
        }
        return text.ToString();
    }
}
