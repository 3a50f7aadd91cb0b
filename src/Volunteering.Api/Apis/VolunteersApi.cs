using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Apis;

/// <summary>Volunteers' records and their own hours: the mobile form, the organisations they give time to and those inviting them.</summary>
public static class VolunteersApi
{
    public static RouteGroupBuilder MapVolunteersApi(this RouteGroupBuilder api)
    {
        var volunteers = api.MapGroup("/volunteers").WithTags("Volunteers");
        volunteers.MapPost("/", RegisterAsync).RequireAuthorization(VolunteeringPolicies.RegisterVolunteers);

        var record = volunteers.MapGroup("/{volunteerId:guid}").RequireAuthorization(VolunteeringPolicies.VolunteerRecords);
        record.MapGet("/", GetAsync);
        record.MapPut("/profile", UpdateProfileAsync).RequiresIfMatch();
        record.MapPut("/availability", SetAvailabilityAsync).RequiresIfMatch();
        record.MapPut("/qualifications", SetQualificationsAsync).RequiresIfMatch();
        record.MapGet("/hours", HistoryAsync);
        record.MapGet("/hours/totals", TotalsAsync);
        record.MapPost("/hours", SubmitAsync);
        record.MapGet("/hours/{logId:guid}", GetLogAsync);
        record.MapPut("/hours/{logId:guid}", EditAsync).RequiresIfMatch();
        record.MapPost("/hours/{logId:guid}/withdraw", WithdrawAsync).RequiresIfMatch();
        record.MapGet("/reminders", GetRemindersAsync);
        record.MapPut("/reminders", SetRemindersAsync);
        record.MapGet("/invitations", InvitationsAsync);
        record.MapPost("/invitations/{invitationId:guid}/accept", AcceptAsync);
        record.MapPost("/invitations/{invitationId:guid}/decline", DeclineAsync);
        return api;
    }

    private static async Task<Created<VolunteerResponse>> RegisterAsync(RegisterVolunteerRequest request, ClaimsPrincipal user, VolunteerCommands commands, HttpResponse response, CancellationToken ct)
    {
        var volunteer = response.Versioned(await commands.RegisterAsync(request, Caller.Of(user), ct));
        return TypedResults.Created($"/api/volunteers/{volunteer.Id}", VolunteerResponse.Of(volunteer));
    }

    /// <summary>The record, with its version as the ETag to send back in If-Match when changing its profile, availability or checks.</summary>
    private static async Task<Ok<VolunteerResponse>> GetAsync(Guid volunteerId, ClaimsPrincipal user, VolunteerCommands commands, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(VolunteerResponse.Of(response.Versioned(await commands.ReadAsync(volunteerId, Caller.Of(user), ct))));

    private static async Task<Ok<VolunteerResponse>> UpdateProfileAsync(
        Guid volunteerId, VolunteerProfileRequest request, ClaimsPrincipal user, VolunteerCommands commands, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(VolunteerResponse.Of(response.Versioned(await commands.UpdateProfileAsync(volunteerId, request, http.ReadIfMatch(), Caller.Of(user), ct))));

    private static async Task<Ok<VolunteerResponse>> SetAvailabilityAsync(
        Guid volunteerId, AvailabilityRequest request, ClaimsPrincipal user, VolunteerCommands commands, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(VolunteerResponse.Of(response.Versioned(await commands.SetAvailabilityAsync(volunteerId, request, http.ReadIfMatch(), Caller.Of(user), ct))));

    private static async Task<Ok<VolunteerResponse>> SetQualificationsAsync(
        Guid volunteerId, QualificationsRequest request, ClaimsPrincipal user, VolunteerCommands commands, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(VolunteerResponse.Of(response.Versioned(await commands.SetQualificationsAsync(volunteerId, request, http.ReadIfMatch(), Caller.Of(user), ct))));

    /// <summary>201 with the new log, or 200 with the stored one when the phone resends a log it already sent.</summary>
    private static async Task<Results<Created<HourLogResponse>, Ok<HourLogResponse>>> SubmitAsync(
        Guid volunteerId, HourLogRequest request, ClaimsPrincipal user, HourLogCommands commands, CancellationToken ct)
    {
        var submission = await commands.SubmitAsync(volunteerId, request, Caller.Of(user), ct);
        var body = HourLogResponse.Of(submission.Log);
        return submission.Created
            ? TypedResults.Created($"/api/volunteers/{volunteerId}/hours/{body.Id}", body)
            : TypedResults.Ok(body);
    }

    /// <summary>One log, with its version as the ETag to send back in If-Match when correcting or withdrawing it.</summary>
    private static async Task<Ok<HourLogResponse>> GetLogAsync(
        Guid volunteerId, Guid logId, ClaimsPrincipal user, HourLogCommands commands, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(HourLogResponse.Of(response.Versioned(await commands.GetAsync(volunteerId, logId, Caller.Of(user), ct))));

    /// <summary>Corrects a log: only the version read, named in If-Match (428 without, 412 when stale).</summary>
    private static async Task<Ok<HourLogResponse>> EditAsync(
        Guid volunteerId, Guid logId, HourLogRequest request, ClaimsPrincipal user, HourLogCommands commands, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(HourLogResponse.Of(response.Versioned(await commands.EditAsync(volunteerId, logId, request, http.ReadIfMatch(), Caller.Of(user), ct))));

    /// <summary>The volunteer takes back their own log while it waits for approval: only the version read, named in If-Match.</summary>
    private static async Task<Ok<HourLogResponse>> WithdrawAsync(
        Guid volunteerId, Guid logId, ClaimsPrincipal user, HourLogCommands commands, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(HourLogResponse.Of(response.Versioned(await commands.WithdrawAsync(volunteerId, logId, http.ReadIfMatch(), Caller.Of(user), ct))));

    /// <summary>
    /// The volunteer's own history, newest first, a page at a time (<paramref name="page"/> from 1, at most
    /// <see cref="MaxLogsPerPage"/> a page), filtered by organisation, status and dates; an organisation sees only the
    /// time given to it.
    /// </summary>
    private static async Task<Ok<Paged<HourLogResponse>>> HistoryAsync(
        Guid volunteerId, DateOnly? from, DateOnly? to, Guid? organisationId, string? status, int? page, int? perPage,
        ClaimsPrincipal user, VolunteerCommands volunteers, VolunteeringContext db, CancellationToken ct)
    {
        var caller = Caller.Of(user);
        await volunteers.GetAsync(volunteerId, caller, ct);
        var asked = PageQuery.Of(page, perPage, DefaultLogsPerPage, MaxLogsPerPage, "logs");
        var organisationOnly = caller.IsVolunteer(volunteerId) || caller.IsAdministrator ? organisationId : caller.OrganisationId;
        var wanted = HourLogStatusQuery.Parse(status);
        var logs = db.HourLogs.AsNoTracking()
            .Where(l => l.Content.VolunteerId == volunteerId
                        && (organisationOnly == null || l.Content.OrganisationId == organisationOnly)
                        && (wanted == null || l.Status == wanted)
                        && (from == null || l.Content.Date >= from)
                        && (to == null || l.Content.Date <= to));
        var shown = await logs
            .OrderByDescending(l => l.Content.Date).ThenByDescending(l => l.SubmittedAt).ThenBy(l => l.Id)
            .Skip(asked.Skip)
            .Take(asked.PerPage)
            .ToListAsync(ct);
        return TypedResults.Ok(new Paged<HourLogResponse>(await logs.CountAsync(ct), asked.Page, asked.PerPage, [.. shown.Select(HourLogResponse.Of)]));
    }

    public const int DefaultLogsPerPage = 20, MaxLogsPerPage = 200;

    /// <summary>The volunteer's own totals for this week, month and year.</summary>
    private static async Task<Ok<VolunteerTotalsResponse>> TotalsAsync(
        Guid volunteerId, ClaimsPrincipal user, VolunteeringContext db, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.Of(user);
        if (!caller.IsVolunteer(volunteerId) && !caller.IsAdministrator)
        {
            throw ProblemException.Forbidden("Totals are the volunteer's own; organisations see theirs under /api/organisations/{organisationId}/hours/totals.");
        }
        var today = UkCalendar.Today(time);
        var year = UkCalendar.YearOf(today);
        // A year of one person's logs is a few hundred rows at most.
        var logs = await db.HourLogs.AsNoTracking()
            .Where(l => l.Content.VolunteerId == volunteerId && l.Content.Date >= year.From && l.Content.Date <= year.To)
            .ToListAsync(ct);
        var totals = VolunteerHourTotals.For(volunteerId, logs, today);
        return TypedResults.Ok(new VolunteerTotalsResponse(Minutes(totals.Week), Minutes(totals.Month), Minutes(totals.Year)));
    }

    /// <summary>How the volunteer gets reminders; only the volunteer sees and changes it.</summary>
    private static async Task<Ok<ReminderSettingsResponse>> GetRemindersAsync(
        Guid volunteerId, ClaimsPrincipal user, VolunteerReminders reminders, CancellationToken ct) =>
        TypedResults.Ok(await reminders.GetAsync(volunteerId, Caller.Of(user), ct));

    private static async Task<Ok<ReminderSettingsResponse>> SetRemindersAsync(
        Guid volunteerId, ReminderSettingsRequest request, ClaimsPrincipal user, VolunteerReminders reminders, CancellationToken ct) =>
        TypedResults.Ok(await reminders.SetAsync(volunteerId, request, Caller.Of(user), ct));

    /// <summary>Organisations asking the volunteer to give time to them; only the volunteer sees and answers these.</summary>
    private static async Task<Ok<IReadOnlyList<InvitationResponse>>> InvitationsAsync(
        Guid volunteerId, ClaimsPrincipal user, VolunteerInvitations invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.ForVolunteerAsync(volunteerId, Caller.Of(user), ct));

    private static async Task<Ok<InvitationResponse>> AcceptAsync(
        Guid volunteerId, Guid invitationId, ClaimsPrincipal user, VolunteerInvitations invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.AnswerAsync(volunteerId, invitationId, accept: true, Caller.Of(user), ct));

    private static async Task<Ok<InvitationResponse>> DeclineAsync(
        Guid volunteerId, Guid invitationId, ClaimsPrincipal user, VolunteerInvitations invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.AnswerAsync(volunteerId, invitationId, accept: false, Caller.Of(user), ct));

    private static PeriodMinutes Minutes(PeriodHours hours) =>
        new(hours.Period.From, hours.Period.To, (int)hours.Approved.TotalMinutes, (int)hours.Submitted.TotalMinutes);
}
