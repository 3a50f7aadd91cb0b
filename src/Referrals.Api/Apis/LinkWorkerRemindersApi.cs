using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>The signed-in link worker's own daily digest (<see cref="LinkWorkerReminders"/>): by email, or none.</summary>
public static class LinkWorkerRemindersApi
{
    public static RouteGroupBuilder MapLinkWorkerRemindersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/link-workers/me/reminders", GetAsync);
        api.MapPut("/link-workers/me/reminders", SetAsync);
        return api;
    }

    public static async Task<Ok<ReminderSettingsResponse>> GetAsync(ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ReminderSettingsResponse(await OwnAsync(user, s, cancellationToken) is { } own ? own.Reminders : ReminderPreference.None));

    public static async Task<Ok<ReminderSettingsResponse>> SetAsync(
        ReminderSettingsRequest request, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        if (request.Preference is not (ReminderPreference.Email or ReminderPreference.None))
        {
            throw new DomainException("Choose email or no reminders.", "preference");
        }
        var own = await OwnAsync(user, s, cancellationToken)
                  ?? throw ProblemException.Forbidden("Only a link worker gets the daily digest.");
        own.Reminders = request.Preference.Value;
        await s.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ReminderSettingsResponse(own.Reminders));
    }

    private static async Task<LinkWorkerRecord?> OwnAsync(ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        return await s.LinkWorkers.RecordAsync(caller, cancellationToken) is { } id ? await s.Db.LinkWorkers.FindAsync([id], cancellationToken) : null;
    }
}
