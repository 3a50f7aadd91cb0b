namespace SocialPrescribing.Volunteering.Model;

public enum EqualityAction
{
    Read,
    Give,
    Change,
    Withdraw,
}

/// <summary>Who read, gave, changed or withdrew a volunteer's equality data, and when; ids only, never the data.</summary>
public sealed class EqualityAccess
{
    public long Id { get; init; }
    public Guid VolunteerId { get; init; }
    public required string Actor { get; init; }
    public EqualityAction Action { get; init; }
    public DateTimeOffset At { get; init; }
}
