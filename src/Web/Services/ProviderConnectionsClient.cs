namespace SocialPrescribing.Web.Services;

/// <summary>A connection request as its provider sees it; <see cref="Person"/> and <see cref="Referral"/> are null without the person's consent to share.</summary>
public sealed record ProviderConnection(
    Guid ConnectionId,
    Guid ReferralId,
    string TargetKind,
    Guid TargetId,
    string Status,
    DateOnly? AnswerDueBy,
    string PostcodeDistrict,
    string FirstLanguage,
    bool NeedsInterpreter,
    List<string> AccessibilityNeeds,
    SharedPerson? Person,
    SharedReferral? Referral,
    RequestSender? SentBy = null)
{
    public const string Requested = "Requested";

    public bool WaitsForAnswer => Status == Requested;

    /// <summary>Accepted and not yet over: the provider can say whether the person came.</summary>
    public bool AwaitsAttendance => Status is "Accepted" or "DidNotAttend" or "Attended";

    public string StatusText => Status switch
    {
        Requested => "Waiting for your answer",
        "DroppedOut" => "Dropped out",
        "DidNotAttend" => "Did not attend",
        _ => Status,
    };

    /// <summary>"StepFreeAccess, HearingLoop" as "step free access, hearing loop".</summary>
    public string AccessibilityNeedsText => string.Join(", ", AccessibilityNeeds.Select(n =>
        System.Text.RegularExpressions.Regex.Replace(n, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant()));

    public string Who => Person is { } p ? $"{p.PreferredName ?? p.GivenName} {p.FamilyName}" : $"A person in {PostcodeDistrict} (name not shared)";
}

/// <summary>Why the person was referred, and their needs (taxonomy term codes).</summary>
public sealed record SharedReferral(string Reason, List<string> NeedTermIds);

/// <summary>The link worker who sent the request, and their work email; null for a request sent before it was recorded.</summary>
public sealed record RequestSender(string Name, string? Email);

public sealed record SharedPerson(string GivenName, string FamilyName, string? PreferredName, string PreferredContact, string? Phone, string? Mobile, string? Email);

/// <summary>
/// The referrals service's provider side (<c>http://referrals/api/providers/{organisation}</c>): the
/// requests link workers sent to the organisation, and its answers. Called with the staff member's token.
/// </summary>
public sealed class ProviderConnectionsClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = "referrals";

    public Task<List<ProviderConnection>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GetAsync<List<ProviderConnection>>($"api/providers/{organisationId}/connections", cancellationToken);

    /// <summary>Accepts, or declines with a reason the link worker sees (the service requires one to decline).</summary>
    public Task AnswerAsync(Guid organisationId, Guid connectionId, bool accept, string? reason, CancellationToken cancellationToken) =>
        PostAsync<System.Text.Json.JsonElement>($"api/providers/{organisationId}/connections/{connectionId}/answer", new { accept, reason }, cancellationToken);

    /// <summary>What people said after the organisation's activities: ratings and comments, no names.</summary>
    public Task<List<ActivityFeedback>> FeedbackAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GetAsync<List<ActivityFeedback>>($"api/providers/{organisationId}/feedback", cancellationToken);

    /// <summary>Attended, DidNotAttend or DroppedOut (the service requires a reason for dropping out); managers only.</summary>
    public Task RecordAttendanceAsync(Guid organisationId, Guid connectionId, string outcome, string? reason, CancellationToken cancellationToken) =>
        PostAsync<System.Text.Json.JsonElement>($"api/providers/{organisationId}/connections/{connectionId}/attendance", new { outcome, reason }, cancellationToken);
}
