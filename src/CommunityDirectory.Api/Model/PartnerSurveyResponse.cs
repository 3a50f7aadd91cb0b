namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>
/// A VCSE organisation's yearly view of the partnership, answered by one of its managers: one per organisation and
/// calendar year. Reported only in aggregate (<see cref="PartnerSurveyStatements"/>), never by organisation.
/// </summary>
public sealed class PartnerSurveyResponse
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public int Year { get; init; }
    public Agreement RelationshipWithCommissioners { get; init; }
    public Agreement AbleToAddValue { get; init; }
    public Agreement ReferralsAppropriate { get; init; }
    public Agreement FundingAndCapacity { get; init; }
    public string? Comments { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
}

/// <summary>The survey's statements, in the order they are asked and reported: one list for the API, the report and the pages.</summary>
public static class PartnerSurveyStatements
{
    public sealed record Statement(string Field, string Text, Func<PartnerSurveyResponse, Agreement> AnswerOf);

    public static IReadOnlyList<Statement> All { get; } =
    [
        new("relationshipWithCommissioners", "We have a good working relationship with the commissioners of social prescribing.", r => r.RelationshipWithCommissioners),
        new("ableToAddValue", "The partnership lets our organisation add value for the people referred to us.", r => r.AbleToAddValue),
        new("referralsAppropriate", "The referrals we receive are appropriate for what we offer.", r => r.ReferralsAppropriate),
        new("fundingAndCapacity", "We have the funding and capacity to support the people referred to us.", r => r.FundingAndCapacity),
    ];

    public static bool IsAgreement(Agreement answer) => answer is Agreement.Agree or Agreement.StronglyAgree;
}
