using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.Common;

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

    public static async Task<Ok<ReminderSettingsResponse>> GetAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ReminderSettingsResponse((await s.Caseload.ReferralAsync(user, id, cancellationToken)).Reminders));

    public static async Task<Ok<ReminderSettingsResponse>> SetAsync(
        Guid id, ReminderSettingsRequest request, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var referral = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        var person = await s.Caseload.PersonOfAsync(referral, cancellationToken);
        var problem = request.Preference switch
        {
            null => "Choose email, text message or no reminders.",
            { } chosen when chosen.CanReach(person.Email, person.Mobile) => null,
            ReminderPreference.Email => "Add the person's email address to send reminders by email.",
            _ => "Add the person's mobile number to send reminders by text message.",
        };
        if (problem is not null)
        {
            throw new DomainException(problem, "preference");
        }
        referral.Reminders = request.Preference!.Value;
        await s.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ReminderSettingsResponse(referral.Reminders));
    }

    /// <summary>Newest first: what was sent (template), how, when and its delivery status; never the message's content.</summary>
    public static async Task<Ok<List<NotificationResponse>>> NotificationsAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var referral = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        var notifications = await s.Db.Notifications.AsNoTracking()
            .Where(n => n.SubjectId == referral.Id)
            .OrderByDescending(n => n.CreatedAt)
            .Take(100)
            .Select(n => new NotificationResponse(n.Id, n.Template, n.RecipientKind, n.Channel, n.Status, n.CreatedAt, n.SentAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notifications);
    }
}

public sealed record ReminderSettingsRequest(ReminderPreference? Preference);

public sealed record ReminderSettingsResponse(ReminderPreference Preference);

public sealed record NotificationResponse(
    Guid Id, string Template, string RecipientKind, NotificationChannel? Channel, NotificationStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
