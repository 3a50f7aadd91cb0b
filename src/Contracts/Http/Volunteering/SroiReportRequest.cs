namespace SocialPrescribing.Contracts.Http.Volunteering;

/// <summary>
/// What a commissioner asks an SROI report for (volunteering's POST /api/sroi/reports): the scope (organisation,
/// optionally one programme, a period), the valuation set version, and the assumptions for each outcome. Approved
/// hours and the investment come from the service's own records.
/// </summary>
/// <param name="ValuationSetVersion">Null for the set's latest version.</param>
/// <param name="Wellbeing">
/// Assumptions for the wellbeing outcome, and optionally the ONS4 answers themselves. Without
/// <c>changes</c>, the changes the referrals service recorded for people who attended the organisation
/// in the period are used (its WellbeingOutcomeRecorded and ConnectionAttended events).
/// </param>
public sealed record SroiReportRequest(
    Guid? OrganisationId,
    Guid? ProgrammeId,
    DateOnly? From,
    DateOnly? To,
    Guid? ValuationSetId,
    int? ValuationSetVersion,
    OutcomeAssumptions? VolunteerHours,
    WellbeingRequest? Wellbeing,
    List<OtherOutcomeRequest>? OtherOutcomes);

/// <summary>Each value is a fraction (0.25 = 25 %) or, for the duration, whole years; null leaves the service's default.</summary>
public sealed record OutcomeAssumptions(
    SroiEstimate? Deadweight,
    SroiEstimate? Displacement,
    SroiEstimate? Attribution,
    SroiEstimate? DropOff,
    SroiEstimate? DurationYears);

public sealed record WellbeingRequest(List<LifeSatisfactionAnswers>? Changes, OutcomeAssumptions? Assumptions);

/// <summary>One person's ONS4 life-satisfaction answers (0-10) before and after.</summary>
public sealed record LifeSatisfactionAnswers(int Before, int After);

/// <summary>An outcome the commissioner counts themselves, valued with a proxy of the set (e.g. a licensee's HACT value).</summary>
public sealed record OtherOutcomeRequest(string? Name, string? ProxyCode, SroiEstimate? Quantity, OutcomeAssumptions? Assumptions);
