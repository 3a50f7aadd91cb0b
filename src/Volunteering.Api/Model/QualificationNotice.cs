namespace SocialPrescribing.Volunteering.Model;

/// <summary>
/// A warning or expiry already raised for one qualification's expiry date; its key makes each
/// notice happen once however often the check runs. A renewal has a new date, so it is warned about afresh.
/// </summary>
public sealed class QualificationNotice
{
    public Guid VolunteerId { get; init; }

    /// <summary>"dbs" or "training:{code}".</summary>
    public required string Qualification { get; init; }

    public DateOnly ExpiresOn { get; init; }

    /// <summary>Days before expiry (60, 30, 7), or 0 for "expired".</summary>
    public int Stage { get; init; }

    public DateTimeOffset RaisedAt { get; init; }
}
