namespace SocialPrescribing.Contracts.Http.Referrals;

/// <param name="Template">What was sent, e.g. "activity-tomorrow" or "link-worker-digest".</param>
/// <param name="Sent">Accepted by the provider; under 5 shown as "&lt;5".</param>
public sealed record NotificationCountRow(string Template, string Sent);

/// <param name="Sent">Every notification sent in the quarter; null where a row is under 5, so the rows cannot be worked back.</param>
public sealed record NotificationsReport(DateOnly From, DateOnly To, string? Sent, IReadOnlyList<NotificationCountRow> ByTemplate);
