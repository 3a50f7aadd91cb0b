using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Contracts.Http.Referrals;

// Counts are text: under five shows as "<5".

/// <param name="Referrals">Null where withheld so that the report's total cannot be worked out (<see cref="Suppression.TotalOfBreakdowns"/>).</param>
public sealed record CountRow(string Group, string? Referrals);

/// <param name="Referrals">Null where withheld, as <see cref="CountRow.Referrals"/>.</param>
public sealed record EquityRow(string Group, string? Referrals, string Connected, string Completed);

/// <param name="Referrals">How many referrals the median is over (suppressed under 5).</param>
public sealed record WaitingTime(string Referrals, double? MedianDays);

/// <summary>Mean change from baseline, per cohort (referral source), each ONS4 item on its own; withheld under 5 people.</summary>
public sealed record WellbeingCohortRow(
    string Cohort,
    string People,
    double? MeanLifeSatisfactionChange,
    double? MeanAnxietyChange,
    double? MeanSwemwbsMetricChange,
    double? MeanWorthwhileChange,
    double? MeanHappinessChange);

public sealed record ReferralsReport(
    DateOnly From,
    DateOnly To,
    Guid? TeamId,
    string? Referrals,
    IReadOnlyList<CountRow> BySource,
    IReadOnlyList<CountRow> ByStatus,
    WaitingTime ToFirstContact,
    WaitingTime ToConnection,
    IReadOnlyList<WellbeingCohortRow> WellbeingBySource,
    string? DeprivationSource,
    string DeprivationNote,
    IReadOnlyList<EquityRow> ByDeprivationDecile,
    IReadOnlyList<EquityRow> ByEthnicity,
    IReadOnlyList<EquityRow> ByFirstLanguage,
    IReadOnlyList<EquityRow> ByCarerStatus);
