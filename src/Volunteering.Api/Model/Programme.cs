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

/// <summary>Money put into a programme for a period, entered by a commissioner.</summary>
public sealed class ProgrammeInvestment
{
    public Guid Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public decimal Amount { get; init; }
    public string? Note { get; init; }
    public required string EnteredBy { get; init; }
    public DateTimeOffset EnteredAt { get; init; }
}
