using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Referrals.Domain.Common;
using Http = SocialPrescribing.Contracts.Http.Referrals;

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

    /// <summary>Reads only: a link worker not yet recorded gets the default; anyone else gets no digest.</summary>
    public static async Task<Ok<Http.ReminderPreferenceResponse>> GetAsync(ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var own = await s.Db.LinkWorkers.AsNoTracking().FirstOrDefaultAsync(l => l.Subject == caller.ActorId, cancellationToken);
        var preference = caller.Role != Roles.LinkWorker ? ReminderPreference.None : own?.Reminders ?? LinkWorkerRecord.DefaultReminders;
        return TypedResults.Ok(new Http.ReminderPreferenceResponse(preference.WireName()));
    }

    public static async Task<Ok<Http.ReminderPreferenceResponse>> SetAsync(
        ReminderPreferenceRequest request, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var preference = WireNames.Parse<ReminderPreference>(request.Preference);
        if (preference is not (ReminderPreference.Email or ReminderPreference.None))
        {
            throw new DomainException("Choose email or no reminders.", "preference");
        }
        var own = await OwnAsync(user, s, cancellationToken)
                  ?? throw ProblemException.Forbidden("Only a link worker gets the daily digest.");
        own.Reminders = preference.Value;
        await s.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new Http.ReminderPreferenceResponse(own.Reminders.WireName()));
    }

    /// <summary>The calling link worker's record, created from their token if need be; null for anyone else.</summary>
    private static async Task<LinkWorkerRecord?> OwnAsync(ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken) =>
        await s.LinkWorkers.RecordAsync(Caller.Of(user), cancellationToken) is { } id ? await s.Db.LinkWorkers.FindAsync([id], cancellationToken) : null;
}
