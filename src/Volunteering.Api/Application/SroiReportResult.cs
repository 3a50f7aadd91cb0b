using SocialPrescribing.Volunteering.Domain.Sroi;

namespace SocialPrescribing.Volunteering.Application;

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
