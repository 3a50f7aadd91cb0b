namespace SocialPrescribing.Volunteering.Model;

/// <summary>
/// A funded programme of an organisation: the unit SROI investment is entered for. Its hours are
/// the organisation's approved hours on <see cref="ActivityIds"/>, or all of them when that is empty.
/// </summary>
public sealed class Programme
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Name { get; set; }
    public List<Guid> ActivityIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Money put into a programme for a period, entered (or last corrected) by a commissioner.</summary>
public sealed class ProgrammeInvestment
{
    public Guid Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public decimal Amount { get; set; }
    public string? Note { get; set; }
    public required string EnteredBy { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
}
