namespace SocialPrescribing.Conventions;

/// <summary>
/// The version a caller says it last read (an If-Match header); <see cref="Version"/> null stands
/// for "*", any current version. Versions are PostgreSQL row versions (xmin), served as ETags.
/// </summary>
public sealed record IfMatch(uint? Version)
{
    public static IfMatch Any { get; } = new((uint?)null);

    /// <summary>An If-Match naming no version of ours (malformed, weak, foreign): it can never match.</summary>
    public static IfMatch None { get; } = new(0u) { Unmatchable = true };

    private bool Unmatchable { get; init; }

    public bool Matches(uint current) => !Unmatchable && (Version is null || Version == current);

    /// <summary>
    /// The one rule for changing a versioned record: 428 when the caller sent no If-Match (null), 412 when it
    /// names another version. Returns the version to give the UPDATE as its concurrency token, so a write that
    /// races this one is refused too.
    /// </summary>
    public static uint Ensure(IfMatch? ifMatch, uint current)
    {
        if (ifMatch is null)
        {
            throw ProblemException.PreconditionRequired();
        }
        if (!ifMatch.Matches(current))
        {
            throw ProblemException.PreconditionFailed(
                $"It has changed since it was read (it is now {ETags.For(current)}): get it again, re-apply your change and send the new ETag in If-Match.");
        }
        return current;
    }
}
