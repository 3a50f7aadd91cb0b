using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>What the report works out from the contract's figures.</summary>
public static class EffortFiguresExtensions
{
    extension(EffortFigures figures)
    {
        public long? ShownVolunteers => long.TryParse(figures.Volunteers, out var count) ? count : null;
    }
}

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
