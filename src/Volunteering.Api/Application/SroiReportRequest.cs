using SocialPrescribing.Volunteering.Domain.Sroi;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// What a commissioner asks an SROI report for: the scope (organisation, optionally one programme,
/// a period), the valuation set version, and the assumptions for each outcome. Approved hours and
/// the investment come from this service's own records.
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

/// <summary>Each value is a fraction (0.25 = 25 %) or, for the duration, whole years; low and high feed the sensitivity analysis.</summary>
public sealed record OutcomeAssumptions(
    Estimate? Deadweight,
    Estimate? Displacement,
    Estimate? Attribution,
    Estimate? DropOff,
    Estimate? DurationYears);

public sealed record WellbeingRequest(List<LifeSatisfactionChange>? Changes, OutcomeAssumptions? Assumptions);

/// <summary>An outcome the commissioner counts themselves, valued with a proxy of the set (e.g. a licensee's HACT value).</summary>
public sealed record OtherOutcomeRequest(string? Name, string? ProxyCode, Estimate? Quantity, OutcomeAssumptions? Assumptions);

/// <summary>The report with the figures it was built from, so each can be traced to its source; it goes out as <see cref="SroiReportResponse"/>.</summary>
/// <param name="WellbeingRespondents">How many people's wellbeing change is counted, "&lt;5" under five (<see cref="SocialPrescribing.Contracts.Reports.Suppression"/>).</param>
public sealed record SroiReportResult(
    Guid OrganisationId,
    Guid? ProgrammeId,
    string? ProgrammeName,
    IReadOnlyList<Guid> ProgrammeActivityIds,
    ApprovedTime ApprovedTime,
    IReadOnlyList<ProgrammeInvestment> Investments,
    string WellbeingSource,
    string WellbeingRespondents,
    decimal Wellbys,
    int ValuationSetVersion,
    SroiReport Report);
