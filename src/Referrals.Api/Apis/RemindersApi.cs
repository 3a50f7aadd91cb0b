using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.Common;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>How the person on a referral wants reminders, as agreed with their link worker, and every notification recorded for it.</summary>
public static class RemindersApi
{
    public static RouteGroupBuilder MapRemindersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/referrals/{id:guid}/reminders", GetAsync);
        api.MapPut("/referrals/{id:guid}/reminders", SetAsync);
        api.MapGet("/referrals/{id:guid}/notifications", NotificationsAsync);
        return api;
    }

    public static async Task<Ok<Http.ReminderPreferenceResponse>> GetAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken) =>
        TypedResults.Ok(new Http.ReminderPreferenceResponse((await s.Caseload.ReferralAsync(user, id, cancellationToken)).Reminders.WireName()));

    public static async Task<Ok<Http.ReminderPreferenceResponse>> SetAsync(
        Guid id, ReminderPreferenceRequest request, ClaimsPrincipal user, ReferralCommands commands, CancellationToken cancellationToken) =>
        TypedResults.Ok(new Http.ReminderPreferenceResponse((await commands.ChooseRemindersAsync(user, id, request, cancellationToken)).Reminders.WireName()));

    /// <summary>Newest first: what was sent (template), how, when and its delivery status; never the message's content.</summary>
    public static async Task<Ok<List<Http.SentNotification>>> NotificationsAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var referral = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        var notifications = await s.Db.Notifications.AsNoTracking()
            .Where(n => n.SubjectId == referral.Id)
            .OrderByDescending(n => n.CreatedAt)
            .Take(100)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notifications
            .Select(n => new Http.SentNotification(n.Id, n.Template, n.RecipientKind, n.Channel?.WireName(), n.Status.WireName(), n.CreatedAt, n.SentAt))
            .ToList());
    }
}
