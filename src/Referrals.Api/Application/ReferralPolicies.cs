namespace SocialPrescribing.Referrals.Application;

/// <summary>This service's endpoint policies, on top of the shared ones (record-level team checks live in <see cref="Caseload"/>).</summary>
public static class ReferralPolicies
{
    /// <summary>Link workers and team leads with the referrals scope; each record is then checked against their team.</summary>
    public const string CaseWork = nameof(CaseWork);

    /// <summary>VCSE staff or API clients of the organisation named in the route.</summary>
    public const string AnswerRequests = nameof(AnswerRequests);

    /// <summary>
    /// Attendance at the organisation's own activities: its managers and API clients (on top of
    /// <see cref="AnswerRequests"/>), who answer for the organisation's records.
    /// </summary>
    public const string RecordAttendance = nameof(RecordAttendance);

    /// <summary>Aggregates: commissioners and administrators, and team leads for their own team.</summary>
    public const string Reports = nameof(Reports);

    /// <summary>
    /// The matcher alone, reading referrals' matching facts over gRPC for its read model. It reads every team's
    /// referrals, so no person's token may: link workers see suggestions through the matcher, which checks their team.
    /// </summary>
    public const string MatchingProfiles = nameof(MatchingProfiles);

    /// <summary>A GP system's client (role gp-system, scope referrals.fhir) sending referrals as FHIR and reading the messages back.</summary>
    public const string Fhir = nameof(Fhir);

    /// <summary>The public web alone, sending a person's own referral after its spam checks; no person's token may.</summary>
    public const string SelfReferrals = nameof(SelfReferrals);

    /// <summary>The public web alone, opening and answering a person's single-use survey link for them (the link is their only key).</summary>
    public const string Surveys = nameof(Surveys);
}
