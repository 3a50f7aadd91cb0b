namespace SocialPrescribing.Web.Services;

// The referrals service's aggregate report as it answers it: every count is text, because the
// service shows counts under five as "<5"; the pages show them exactly as given. A count of referrals is
// null where the service withholds it so that no subtraction gives a "<5" back.

public sealed record ReportCount(string Group, string? Referrals);

public sealed record EquityCount(string Group, string? Referrals, string Connected, string Completed);

public sealed record WaitingDays(string Referrals, double? MedianDays);

/// <summary>Mean change from the first measurement to the latest, per referral source; null where too few people answered.</summary>
public sealed record WellbeingChangeRow(
    string Cohort,
    string People,
    double? MeanLifeSatisfactionChange,
    double? MeanWorthwhileChange,
    double? MeanHappinessChange,
    double? MeanAnxietyChange,
    double? MeanSwemwbsMetricChange);

public sealed record ReferralsReport(
    DateOnly From,
    DateOnly To,
    Guid? TeamId,
    string? Referrals,
    List<ReportCount> BySource,
    List<ReportCount> ByStatus,
    WaitingDays ToFirstContact,
    WaitingDays ToConnection,
    List<WellbeingChangeRow> WellbeingBySource,
    string? DeprivationSource,
    string DeprivationNote,
    List<EquityCount> ByDeprivationDecile,
    List<EquityCount> ByEthnicity,
    List<EquityCount> ByFirstLanguage,
    List<EquityCount> ByCarerStatus);

public sealed record NotificationCount(string Template, string Sent);

/// <param name="Sent">Null where withheld so that no row under 5 can be worked back.</param>
public sealed record NotificationsReport(DateOnly From, DateOnly To, string? Sent, List<NotificationCount> ByTemplate);
