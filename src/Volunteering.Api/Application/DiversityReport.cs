using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// One group's volunteering effort in a quarter. <paramref name="Volunteers"/> reads "&lt;5" under 5, or is null where
/// it would give back a hidden row (<see cref="Suppression.TotalOfBreakdowns"/>); hours and roles are shown only
/// beside a count that is shown, so a small group's time is not shown either.
/// </summary>
/// <param name="Roles">How many different roles the group's volunteers gave time in.</param>
public sealed record EffortFigures(string? Volunteers, decimal? ApprovedHours, int? Roles)
{
    public long? ShownVolunteers => long.TryParse(Volunteers, out var count) ? count : null;
}

/// <summary>A group this quarter, the quarter before, and the change where both are shown.</summary>
public sealed record DiversityRow(string Group, EffortFigures Current, EffortFigures Previous, long? VolunteersChange, decimal? ApprovedHoursChange);

/// <summary>The quarterly survey's answers: the share agreeing with each statement, withheld under 5 respondents.</summary>
public sealed record SurveyResults(string Respondents, double? AgreeUsefulPercent, double? AgreeSupportedPercent);

/// <summary>
/// Volunteering effort by age band, ethnicity, disability and area deprivation, against the quarter before.
/// Whole quarters that have ended only (<see cref="ReportPeriod"/>): they never overlap nor grow, so no two reports
/// can be subtracted to uncover a count hidden in one.
/// </summary>
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

/// <summary>One volunteer's approved time in a quarter and the groups they fall in.</summary>
public sealed record VolunteerEffort(long Minutes, IReadOnlyList<string> Roles, string AgeBand, string Ethnicity, string Disability, string DeprivationQuintile);

/// <summary>One quarter's effort, every breakdown suppressed together with the total.</summary>
public sealed class QuarterEffort
{
    private readonly Dictionary<string, EffortFigures>[] _breakdowns;

    public QuarterEffort(IReadOnlyList<VolunteerEffort> efforts)
    {
        Func<VolunteerEffort, string>[] dimensions = [e => e.AgeBand, e => e.Ethnicity, e => e.Disability, e => e.DeprivationQuintile];
        var groups = dimensions.Select(d => efforts.GroupBy(d).ToList()).ToList();
        var (total, counts) = Suppression.TotalOfBreakdowns(efforts.Count, [.. groups.Select(g => (IReadOnlyList<long>)[.. g.Select(x => (long)x.Count())])]);
        Total = Figures(total, efforts);
        _breakdowns = [.. groups.Select((g, d) => g.Select((group, i) => (group.Key, Figures: Figures(counts[d][i], [.. group])))
            .ToDictionary(x => x.Key, x => x.Figures))];
    }

    public EffortFigures Total { get; }

    /// <param name="dimension">0 age band, 1 ethnicity, 2 disability, 3 deprivation quintile.</param>
    public EffortFigures Of(int dimension, string group) =>
        _breakdowns[dimension].GetValueOrDefault(group) ?? Figures(Suppression.Count(0), []);

    private static EffortFigures Figures(string? volunteers, IReadOnlyList<VolunteerEffort> efforts) =>
        long.TryParse(volunteers, out _)
            ? new EffortFigures(volunteers, Math.Round(efforts.Sum(e => e.Minutes) / 60m, 2), efforts.SelectMany(e => e.Roles).Distinct(StringComparer.OrdinalIgnoreCase).Count())
            : new EffortFigures(volunteers, null, null);
}
