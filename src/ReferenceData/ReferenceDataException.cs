namespace SocialPrescribing.ReferenceData;

/// <summary>A reference file that cannot be read or does not hang together; <see cref="Problems"/> lists every problem found.</summary>
public sealed class ReferenceDataException(IReadOnlyList<string> problems)
    : Exception("The reference data has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public ReferenceDataException(string problem) : this([problem])
    {
    }
}
