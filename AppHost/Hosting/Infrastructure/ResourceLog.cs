namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

/// <summary>
/// The output of one resource: kept in memory (the last lines, for diagnostics), appended to a file under
/// the data folder (readable after a failure), and passed to the configured sink.
/// </summary>
internal sealed class ResourceLog(string resource, string filePath, int capacity, Action<ResourceLogLine>? sink) : IDisposable
{
    private readonly Queue<string> _recent = new();
    private readonly Lock _gate = new();
    private StreamWriter? _file;
    private bool _closed;

    public string FilePath { get; } = filePath;

    public void Write(string text, bool isError = false)
    {
        var line = new ResourceLogLine(resource, TimeProvider.System.GetUtcNow(), text, isError);
        lock (_gate)
        {
            _recent.Enqueue(text);
            while (_recent.Count > capacity)
            {
                _recent.Dequeue();
            }
            // A line arriving after the application was disposed (its data folder maybe deleted) stays in memory.
            _file ??= _closed ? null : OpenFile();
            _file?.WriteLine($"{line.Timestamp:HH:mm:ss.fff} {(isError ? "ERR" : "   ")} {text}");
        }
        sink?.Invoke(line);
    }

    public IReadOnlyList<string> Recent(int? count = null)
    {
        lock (_gate)
        {
            return _recent.Skip(Math.Max(0, _recent.Count - (count ?? _recent.Count))).ToList();
        }
    }

    /// <summary>The last lines, indented, for an error message.</summary>
    public string Tail(int count = 20) =>
        Recent(count) is { Count: > 0 } lines
            ? $"Last lines of {resource} (full log: {FilePath}):\n    " + string.Join("\n    ", lines)
            : $"{resource} wrote nothing (log: {FilePath}).";

    private StreamWriter OpenFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        return new StreamWriter(FilePath, append: true) { AutoFlush = true };
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
            _closed = true;
        }
    }
}
