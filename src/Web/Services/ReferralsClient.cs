using System.Globalization;

namespace SocialPrescribing.Web.Services;

/// <summary>The referrals service's REST API (<c>http://referrals</c>), called with the link worker's access token.</summary>
public sealed class ReferralsClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = "referrals";

    public Task<Paged<CaseloadEntry>> CaseloadAsync(Guid teamId, CaseloadQuery query, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = query.Q, ["status"] = query.Status, ["urgency"] = query.Urgency, ["overdue"] = query.Overdue?.ToString().ToLowerInvariant(),
            ["sort"] = query.Sort, ["page"] = query.Page.ToString(CultureInfo.InvariantCulture),
        };
        return GetAsync<Paged<CaseloadEntry>>($"api/teams/{teamId}/caseload{QueryString.Create(parameters.Where(p => !string.IsNullOrEmpty(p.Value)))}", cancellationToken);
    }

    /// <summary>People of the team who fit a name or NHS number.</summary>
    public Task<List<PersonMatch>> FindPeopleAsync(Guid teamId, string query, CancellationToken cancellationToken) =>
        GetAsync<List<PersonMatch>>($"api/teams/{teamId}/people?q={Uri.EscapeDataString(query)}", cancellationToken);

    /// <summary>The organisations a volunteer gives time to: who may answer a request for an introduction.</summary>
    public Task<List<Guid>> VolunteerOrganisationsAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<List<Guid>>($"api/volunteers/{volunteerId}/organisations", cancellationToken);

    public Task<PersonSummary> PersonAsync(Guid personId, CancellationToken cancellationToken) =>
        GetAsync<PersonSummary>($"api/people/{personId}", cancellationToken);

    public Task<PersonSummary> RegisterAsync(PersonRequest person, CancellationToken cancellationToken) =>
        PostAsync<PersonSummary>("api/people", person, cancellationToken);

    public Task<Referral> ReferAsync(Guid personId, ReferralRequest referral, CancellationToken cancellationToken) =>
        PostAsync<Referral>($"api/people/{personId}/referrals", referral, cancellationToken);

    /// <summary>Records that the person agreed their details may be shared with the provider, and how.</summary>
    public Task<PersonSummary> GiveConsentAsync(Guid personId, Guid providerId, string providerName, string? method, CancellationToken cancellationToken) =>
        PostAsync<PersonSummary>($"api/people/{personId}/consents", new ConsentRequest(providerId, providerName, method), cancellationToken);

    public Task<PersonSummary> GiveServiceConsentAsync(Guid personId, string? method, CancellationToken cancellationToken) =>
        PostAsync<PersonSummary>($"api/people/{personId}/consents/service", new ConsentMethodRequest(method), cancellationToken);

    /// <param name="providerId">Null withdraws consent to the service itself.</param>
    public Task<PersonSummary> WithdrawConsentAsync(Guid personId, Guid? providerId, string? method, CancellationToken cancellationToken) =>
        PostAsync<PersonSummary>($"api/people/{personId}/consents/{providerId?.ToString() ?? "service"}/withdrawal", new ConsentMethodRequest(method), cancellationToken);

    public Task<ReferralView> ReferralAsync(Guid referralId, CancellationToken cancellationToken) =>
        GetRecordAsync<ReferralView>($"api/referrals/{referralId}", cancellationToken);

    /// <summary>The referral with its version, to send back in If-Match with a change made on the page that showed it.</summary>
    public Task<Versioned<ReferralView>> VersionedReferralAsync(Guid referralId, CancellationToken cancellationToken) =>
        SendVersionedAsync<ReferralView>(HttpMethod.Get, $"api/referrals/{referralId}", null, null, cancellationToken);

    /// <summary>How the person wants reminders ("email", "text" or "none"), as agreed with their link worker.</summary>
    public Task<ReminderPreferenceResponse> RemindersAsync(Guid referralId, CancellationToken cancellationToken) =>
        GetAsync<ReminderPreferenceResponse>($"api/referrals/{referralId}/reminders", cancellationToken);

    public Task<ReminderPreferenceResponse> SetRemindersAsync(Guid referralId, string preference, CancellationToken cancellationToken) =>
        PutAsync<ReminderPreferenceResponse>($"api/referrals/{referralId}/reminders", new ReminderPreferenceRequest(preference), cancellationToken);

    /// <summary>Whether the signed-in link worker gets their daily digest ("email") or not ("none").</summary>
    public Task<ReminderPreferenceResponse> DigestAsync(CancellationToken cancellationToken) =>
        GetAsync<ReminderPreferenceResponse>("api/link-workers/me/reminders", cancellationToken);

    public Task<ReminderPreferenceResponse> SetDigestAsync(string preference, CancellationToken cancellationToken) =>
        PutAsync<ReminderPreferenceResponse>("api/link-workers/me/reminders", new ReminderPreferenceRequest(preference), cancellationToken);

    /// <summary>Every notification recorded for the referral, newest first.</summary>
    public Task<List<SentNotification>> NotificationsAsync(Guid referralId, CancellationToken cancellationToken) =>
        GetAsync<List<SentNotification>>($"api/referrals/{referralId}/notifications", cancellationToken);

    public Task<Versioned<Referral>> MoveAsync(Guid referralId, string status, string? reason, string? eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<Referral>(HttpMethod.Post, $"api/referrals/{referralId}/status", new StatusRequest(status, reason), eTag, cancellationToken);

    public Task<Versioned<Referral>> CloseAsync(Guid referralId, CloseRequest closure, string? eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<Referral>(HttpMethod.Post, $"api/referrals/{referralId}/closure", closure, eTag, cancellationToken);

    public Task<Versioned<Referral>> TriageAsync(Guid referralId, string outcome, string note, string? eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<Referral>(HttpMethod.Post, $"api/referrals/{referralId}/triage", new TriageRequest(outcome, note), eTag, cancellationToken);

    public Task<Versioned<Referral>> AddNoteAsync(Guid referralId, string? text, string? eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<Referral>(HttpMethod.Post, $"api/referrals/{referralId}/notes", new NoteRequest(text), eTag, cancellationToken);

    public Task<Versioned<Referral>> SetNeedsAsync(Guid referralId, NeedsRequest needs, string? eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<Referral>(HttpMethod.Put, $"api/referrals/{referralId}/needs", needs, eTag, cancellationToken);

    public Task<Versioned<Referral>> SetPlanAsync(Guid referralId, PlanRequest plan, string? eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<Referral>(HttpMethod.Put, $"api/referrals/{referralId}/plan", plan, eTag, cancellationToken);

    public Task<Measurement> MeasureAsync(Guid referralId, MeasurementRequest measurement, CancellationToken cancellationToken) =>
        PostAsync<Measurement>($"api/referrals/{referralId}/wellbeing", measurement, cancellationToken);

    public Task<Connection> ConnectAsync(Guid referralId, ConnectionRequest connection, CancellationToken cancellationToken) =>
        PostAsync<Connection>($"api/referrals/{referralId}/connections", connection, cancellationToken);

    /// <summary>The message back of a GP system's referral, as the practice's system reads it (a FHIR Task).</summary>
    public Task<System.Text.Json.JsonElement> MessageBackAsync(Guid referralId, CancellationToken cancellationToken) =>
        GetAsync<System.Text.Json.JsonElement>($"api/referrals/{referralId}/message-back", cancellationToken);

    /// <summary>Announces the message back to the GP practice's system again.</summary>
    public Task<GpOrigin> ResendMessageBackAsync(Guid referralId, CancellationToken cancellationToken) =>
        PostAsync<GpOrigin>($"api/referrals/{referralId}/message-back", new { }, cancellationToken);

    /// <summary>Attended, finished, dropped out or withdrawn: the link worker's moves of a connection.</summary>
    public Task<Versioned<Connection>> MoveConnectionAsync(Guid connectionId, string status, string? reason, string? eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<Connection>(HttpMethod.Post, $"api/connections/{connectionId}/status", new ConnectionStatusRequest(status, reason), eTag, cancellationToken);
}
