namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>One line of a team's caseload.</summary>
/// <param name="RequestsAwaitingAnswer">Connection requests sent to providers that they have not answered yet.</param>
/// <param name="OldestRequestDueBy">The earliest day one of those requests is due an answer by.</param>
/// <param name="Owner">The account that took the referral.</param>
/// <param name="NextAction">The plan's earliest action still to come, else its latest overdue one, else its first undated one; null without a plan.</param>
/// <param name="LastContact">The latest note or status change: when someone last did something with the person.</param>
/// <param name="PlanReviewOverdue">The plan's review date has passed.</param>
public sealed record CaseloadEntry(
    Guid ReferralId,
    Guid PersonId,
    string PersonName,
    string Status,
    string Urgency,
    bool SafeguardingConcern,
    DateTimeOffset ReceivedAt,
    int RequestsAwaitingAnswer = 0,
    DateOnly? OldestRequestDueBy = null,
    string? Owner = null,
    string? NextAction = null,
    DateOnly? NextActionDueOn = null,
    DateTimeOffset? LastContact = null,
    DateOnly? PlanReviewOn = null,
    bool PlanReviewOverdue = false,
    bool FirstContactOverdue = false,
    bool AnswerOverdue = false)
{
    public bool Overdue => PlanReviewOverdue || FirstContactOverdue || AnswerOverdue;
}


/// <summary>A person on the team's caseload who fits a look-up by name or NHS number, before a new referral is typed.</summary>
public sealed record PersonMatch(Guid PersonId, string Name, DateOnly DateOfBirth, string? NhsNumber, string PostcodeDistrict, int OpenReferrals);
