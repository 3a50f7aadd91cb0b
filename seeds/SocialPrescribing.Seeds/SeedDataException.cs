namespace SocialPrescribing.Seeds;

/// <summary>Seed data that cannot be read or does not hang together; <see cref="Problems"/> lists every problem found.</summary>
public sealed class SeedDataException(IReadOnlyList<string> problems)
    : Exception("The seed data has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public SeedDataException(string problem) : this([problem])
    {
    }
}
