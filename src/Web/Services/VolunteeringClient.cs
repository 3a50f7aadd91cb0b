namespace SocialPrescribing.Web.Services;

/// <summary>
/// The volunteering service's REST API (<c>http://volunteering</c>, found by service discovery),
/// called with the signed-in person's access token.
/// </summary>
public sealed class VolunteeringClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = "volunteering";

    public Task<VolunteerResponse> GetVolunteerAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<VolunteerResponse>($"api/volunteers/{volunteerId}", cancellationToken);

    /// <summary>The volunteer's logs, newest first, as filtered: page <paramref name="page"/> of <paramref name="perPage"/>, and how many in all.</summary>
    public Task<Paged<HourLogResponse>> HistoryAsync(Guid volunteerId, HourLogFilter filter, int page, int perPage, CancellationToken cancellationToken) =>
        GetAsync<Paged<HourLogResponse>>($"api/volunteers/{volunteerId}/hours?page={page}&perPage={perPage}{filter.Query}", cancellationToken);

    /// <summary>One log, with the version to send back when correcting or withdrawing it.</summary>
    public Task<Versioned<HourLogResponse>> LogAsync(Guid volunteerId, Guid logId, CancellationToken cancellationToken) =>
        SendVersionedAsync<HourLogResponse>(HttpMethod.Get, LogPath(volunteerId, logId), null, null, cancellationToken);

    /// <summary>Corrects a log that waits for approval; <see cref="StaleEditException"/> when it changed since <paramref name="eTag"/> was read.</summary>
    public Task<Versioned<HourLogResponse>> CorrectAsync(Guid volunteerId, Guid logId, HourLogRequest log, string eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<HourLogResponse>(HttpMethod.Put, LogPath(volunteerId, logId), log, eTag, cancellationToken);

    /// <summary>Takes back a log that waits for approval; <see cref="StaleEditException"/> when it changed since <paramref name="eTag"/> was read.</summary>
    public Task<Versioned<HourLogResponse>> WithdrawAsync(Guid volunteerId, Guid logId, string eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<HourLogResponse>(HttpMethod.Post, $"{LogPath(volunteerId, logId)}/withdraw", null, eTag, cancellationToken);

    private static string LogPath(Guid volunteerId, Guid logId) => $"api/volunteers/{volunteerId}/hours/{logId}";

    public Task<VolunteerTotalsResponse> TotalsAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<VolunteerTotalsResponse>($"api/volunteers/{volunteerId}/hours/totals", cancellationToken);

    /// <summary>Sends a log; a resend of the same id is answered with the stored log, not a second one.</summary>
    public Task<HourLogResponse> SubmitHoursAsync(Guid volunteerId, HourLogRequest log, CancellationToken cancellationToken) =>
        PostAsync<HourLogResponse>($"api/volunteers/{volunteerId}/hours", log, cancellationToken);

    public Task<List<InvitationResponse>> InvitationsAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<List<InvitationResponse>>($"api/volunteers/{volunteerId}/invitations", cancellationToken);

    /// <summary>The volunteer's own answer; accepting lets the organisation see their record.</summary>
    public Task<InvitationResponse> AnswerInvitationAsync(Guid volunteerId, Guid invitationId, bool accept, CancellationToken cancellationToken) =>
        PostAsync<InvitationResponse>($"api/volunteers/{volunteerId}/invitations/{invitationId}/{(accept ? "accept" : "decline")}", new { }, cancellationToken);

    public Task<ReminderSettingsResponse> RemindersAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<ReminderSettingsResponse>($"api/volunteers/{volunteerId}/reminders", cancellationToken);

    /// <summary>The volunteer's own choice of email, text or no reminders.</summary>
    public Task<ReminderSettingsResponse> SetRemindersAsync(Guid volunteerId, string preference, CancellationToken cancellationToken) =>
        PutAsync<ReminderSettingsResponse>($"api/volunteers/{volunteerId}/reminders", new ReminderSettingsRequest(preference), cancellationToken);

    /// <summary>An organisation's logs waiting for a decision, oldest first as the service lists them.</summary>
    public Task<List<HourLogResponse>> WaitingForApprovalAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GetAsync<List<HourLogResponse>>($"api/organisations/{organisationId}/hours?status=submitted", cancellationToken);

    public Task<List<VolunteerResponse>> VolunteersOfAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GetAsync<List<VolunteerResponse>>($"api/organisations/{organisationId}/volunteers", cancellationToken);

    public Task<List<HourLogResponse>> ApproveAsync(Guid organisationId, IReadOnlyList<Guid> logIds, CancellationToken cancellationToken) =>
        PostAsync<List<HourLogResponse>>($"api/organisations/{organisationId}/hours/approve", new BulkApproveRequest([.. logIds]), cancellationToken);

    public Task<HourLogResponse> RejectAsync(Guid organisationId, Guid logId, string reason, CancellationToken cancellationToken) =>
        PostAsync<HourLogResponse>($"api/organisations/{organisationId}/hours/{logId}/reject", new RejectRequest(reason), cancellationToken);

    public Task<SurveyStatusResponse> SurveyStatusAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<SurveyStatusResponse>($"api/volunteers/{volunteerId}/survey", cancellationToken);

    /// <summary>This quarter's answer; refused (as a field error) when the volunteer already answered this quarter.</summary>
    public Task<SurveyAnswerResponse> AnswerSurveyAsync(Guid volunteerId, SurveyAnswerRequest answer, CancellationToken cancellationToken) =>
        PostAsync<SurveyAnswerResponse>($"api/volunteers/{volunteerId}/survey", answer, cancellationToken);

    public Task<EqualityResponse> EqualityAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<EqualityResponse>($"api/volunteers/{volunteerId}/equality", cancellationToken);

    /// <summary>Stores the answers with the volunteer's consent (refused without it).</summary>
    public Task<EqualityResponse> SetEqualityAsync(Guid volunteerId, bool consent, string? ageBand, string? ethnicity, string? disability, CancellationToken cancellationToken) =>
        PutAsync<EqualityResponse>($"api/volunteers/{volunteerId}/equality", new EqualityRequest(consent, ageBand, ethnicity, disability), cancellationToken);

    /// <summary>Withdraws consent: the service deletes the data.</summary>
    public Task WithdrawEqualityAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        DeleteAsync($"api/volunteers/{volunteerId}/equality", cancellationToken);

    /// <summary>Volunteering effort by equality group for a quarter against the one before (commissioners).</summary>
    public Task<DiversityReport> DiversityAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetAsync<DiversityReport>($"api/reports/volunteering-diversity?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);

    /// <summary>Hours by organisation in a period, no volunteer named, counts suppressed (commissioners).</summary>
    public Task<HoursReport> HoursByOrganisationAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetAsync<HoursReport>($"api/reports/hours?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);
}
