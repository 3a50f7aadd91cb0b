namespace SocialPrescribing.Seeds.Model;

/// <summary>
/// One volunteer hour log. A struct, because the generator streams a million of them and a consumer
/// usually turns each into its own row at once.
/// </summary>
/// <param name="Id">The client-made id a phone would send, so a resend is recognised.</param>
/// <param name="Minutes">Whole minutes, in steps of 15.</param>
/// <param name="Reason">Why a rejected log was rejected; null otherwise.</param>
public readonly record struct HourLogSeed(
    Guid Id,
    string VolunteerId,
    string OrganisationId,
    string? ActivityId,
    VolunteerRole Role,
    DateOnly Date,
    int Minutes,
    HourLogStatus Status,
    DateTimeOffset SubmittedAt,
    string? Reason);

public enum HourLogStatus
{
    Submitted,
    Approved,
    Rejected,
}
