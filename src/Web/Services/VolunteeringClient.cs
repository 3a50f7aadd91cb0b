namespace SocialPrescribing.Web.Services;

/// <summary>
/// The volunteering service's REST API (<c>http://volunteering</c>, found by service discovery),
/// called with the signed-in person's access token.
/// </summary>
public sealed class VolunteeringClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = "volunteering";

    public Task<VolunteerRecord> GetVolunteerAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<VolunteerRecord>($"api/volunteers/{volunteerId}", cancellationToken);

    /// <summary>The volunteer's logs, newest first: <paramref name="limit"/> of them after skipping <paramref name="offset"/>, as filtered.</summary>
    public Task<List<HourLog>> HistoryAsync(Guid volunteerId, HourLogFilter filter, int offset, int limit, CancellationToken cancellationToken) =>
        GetAsync<List<HourLog>>($"api/volunteers/{volunteerId}/hours?offset={offset}&limit={limit}{filter.Query}", cancellationToken);

    /// <summary>One log, with the version to send back when correcting or withdrawing it.</summary>
    public Task<Versioned<HourLog>> LogAsync(Guid volunteerId, Guid logId, CancellationToken cancellationToken) =>
        SendVersionedAsync<HourLog>(HttpMethod.Get, LogPath(volunteerId, logId), null, null, cancellationToken);

    /// <summary>Corrects a log that waits for approval; <see cref="StaleEditException"/> when it changed since <paramref name="eTag"/> was read.</summary>
    public Task<Versioned<HourLog>> CorrectAsync(Guid volunteerId, Guid logId, HourLogSubmission log, string eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<HourLog>(HttpMethod.Put, LogPath(volunteerId, logId), log, eTag, cancellationToken);

    /// <summary>Takes back a log that waits for approval; <see cref="StaleEditException"/> when it changed since <paramref name="eTag"/> was read.</summary>
    public Task<Versioned<HourLog>> WithdrawAsync(Guid volunteerId, Guid logId, string eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<HourLog>(HttpMethod.Post, $"{LogPath(volunteerId, logId)}/withdraw", null, eTag, cancellationToken);

    private static string LogPath(Guid volunteerId, Guid logId) => $"api/volunteers/{volunteerId}/hours/{logId}";

    public Task<VolunteerTotals> TotalsAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<VolunteerTotals>($"api/volunteers/{volunteerId}/hours/totals", cancellationToken);

    /// <summary>Sends a log; a resend of the same id is answered with the stored log, not a second one.</summary>
    public Task<HourLog> SubmitHoursAsync(Guid volunteerId, HourLogSubmission log, CancellationToken cancellationToken) =>
        PostAsync<HourLog>($"api/volunteers/{volunteerId}/hours", log, cancellationToken);

    public Task<List<VolunteerInvitation>> InvitationsAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<List<VolunteerInvitation>>($"api/volunteers/{volunteerId}/invitations", cancellationToken);

    /// <summary>The volunteer's own answer; accepting lets the organisation see their record.</summary>
    public Task<VolunteerInvitation> AnswerInvitationAsync(Guid volunteerId, Guid invitationId, bool accept, CancellationToken cancellationToken) =>
        PostAsync<VolunteerInvitation>($"api/volunteers/{volunteerId}/invitations/{invitationId}/{(accept ? "accept" : "decline")}", new { }, cancellationToken);

    public Task<ReminderSettings> RemindersAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<ReminderSettings>($"api/volunteers/{volunteerId}/reminders", cancellationToken);

    /// <summary>The volunteer's own choice of email, text or no reminders.</summary>
    public Task<ReminderSettings> SetRemindersAsync(Guid volunteerId, string preference, CancellationToken cancellationToken) =>
        PutAsync<ReminderSettings>($"api/volunteers/{volunteerId}/reminders", new { preference }, cancellationToken);

    /// <summary>An organisation's logs waiting for a decision, oldest first as the service lists them.</summary>
    public Task<List<HourLog>> WaitingForApprovalAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GetAsync<List<HourLog>>($"api/organisations/{organisationId}/hours?status=submitted", cancellationToken);

    public Task<List<VolunteerRecord>> VolunteersOfAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GetAsync<List<VolunteerRecord>>($"api/organisations/{organisationId}/volunteers", cancellationToken);

    public Task<List<HourLog>> ApproveAsync(Guid organisationId, IReadOnlyList<Guid> logIds, CancellationToken cancellationToken) =>
        PostAsync<List<HourLog>>($"api/organisations/{organisationId}/hours/approve", new { logIds }, cancellationToken);

    public Task<HourLog> RejectAsync(Guid organisationId, Guid logId, string reason, CancellationToken cancellationToken) =>
        PostAsync<HourLog>($"api/organisations/{organisationId}/hours/{logId}/reject", new { reason }, cancellationToken);

    public Task<SurveyStatus> SurveyStatusAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<SurveyStatus>($"api/volunteers/{volunteerId}/survey", cancellationToken);

    /// <summary>This quarter's answer; refused (as a field error) when the volunteer already answered this quarter.</summary>
    public Task<SurveyAnswerSent> AnswerSurveyAsync(Guid volunteerId, SurveyAnswer answer, CancellationToken cancellationToken) =>
        PostAsync<SurveyAnswerSent>($"api/volunteers/{volunteerId}/survey", answer, cancellationToken);

    public Task<EqualityAnswers> EqualityAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        GetAsync<EqualityAnswers>($"api/volunteers/{volunteerId}/equality", cancellationToken);

    /// <summary>Stores the answers with the volunteer's consent (refused without it).</summary>
    public Task<EqualityAnswers> SetEqualityAsync(Guid volunteerId, bool consent, string? ageBand, string? ethnicity, string? disability, CancellationToken cancellationToken) =>
        PutAsync<EqualityAnswers>($"api/volunteers/{volunteerId}/equality", new { consent, ageBand, ethnicity, disability }, cancellationToken);

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
