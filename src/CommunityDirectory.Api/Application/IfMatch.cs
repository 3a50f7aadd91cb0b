namespace SocialPrescribing.CommunityDirectory.Application;

/// <summary>
/// The version a caller says it last read (an If-Match header); <see cref="Version"/> null stands
/// for "*", any current version. Versions are PostgreSQL row versions, served as ETags.
/// </summary>
public sealed record IfMatch(uint? Version)
{
    public static IfMatch Any { get; } = new((uint?)null);

    /// <summary>An If-Match naming no version of ours (malformed, weak, foreign): it can never match.</summary>
    public static IfMatch None { get; } = new(0u) { Unmatchable = true };

    private bool Unmatchable { get; init; }

    /// <summary>Null when the caller may go ahead; otherwise why not.</summary>
    public static CommandOutcome? Check(IfMatch? ifMatch, uint current, bool required) => ifMatch switch
    {
        null when required => CommandOutcome.PreconditionRequired,
        { Unmatchable: true } => CommandOutcome.PreconditionFailed,
        { Version: { } version } when version != current => CommandOutcome.PreconditionFailed,
        _ => null,
    };
}
