namespace SocialPrescribing.Contracts.Http.Volunteering;

// Commissioners' reports (volunteering's /api/reports/hours and /api/reports/volunteering-diversity): whole quarters
// that have ended, every count under 5 suppressed ("<5").

/// <summary>One organisation's hours in a commissioner's report; its counts of volunteers and logs suppressed under 5.</summary>
public sealed record OrganisationHoursRow(Guid OrganisationId, long ApprovedMinutes, long SubmittedMinutes, string Volunteers, string Logs);

/// <summary>Every organisation's hours; a count is null where it would give back a row's hidden count.</summary>
public sealed record HoursReportTotal(long ApprovedMinutes, long SubmittedMinutes, string? Volunteers, string? Logs);

public sealed record HoursReport(DateOnly From, DateOnly To, IReadOnlyList<OrganisationHoursRow> Organisations, HoursReportTotal Total);

/// <summary>
/// One group's volunteering effort in a quarter. <paramref name="Volunteers"/> reads "&lt;5" under 5, or is null where
/// it would give back a hidden row; hours and roles are shown only beside a count that is shown, so a small group's
/// time is not shown either.
/// </summary>
/// <param name="Roles">How many different roles the group's volunteers gave time in.</param>
public sealed record EffortFigures(string? Volunteers, decimal? ApprovedHours, int? Roles);

/// <summary>A group this quarter, the quarter before, and the change where both are shown.</summary>
public sealed record DiversityRow(string Group, EffortFigures Current, EffortFigures Previous, long? VolunteersChange, decimal? ApprovedHoursChange);

/// <summary>The quarterly survey's answers: the share agreeing with each statement, withheld under 5 respondents.</summary>
public sealed record SurveyResults(string Respondents, double? AgreeUsefulPercent, double? AgreeSupportedPercent);

/// <summary>Volunteering effort by age band, ethnicity, disability and area deprivation, against the quarter before.</summary>
public sealed record DiversityReport(
    DateOnly From,
    DateOnly To,
    DateOnly PreviousFrom,
    DateOnly PreviousTo,
    string? DeprivationSource,
    DiversityRow Total,
    IReadOnlyList<DiversityRow> ByAgeBand,
    IReadOnlyList<DiversityRow> ByEthnicity,
    IReadOnlyList<DiversityRow> ByDisability,
    IReadOnlyList<DiversityRow> ByDeprivationQuintile,
    SurveyResults Survey,
    SurveyResults PreviousSurvey);
