using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Referrals.Application;
using SocialPrescribing.Referrals.Infrastructure;

namespace SocialPrescribing.Referrals.Api.Tests.Hosting;

/// <summary>Runs a reminder rule and the dispatcher by hand, at a chosen moment, as the background loops would.</summary>
public static class ReminderRuns
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Does the work with the service's clock set to <paramref name="when"/>, then puts the clock back.</summary>
    public static async Task AtAsync(this ReferralsApp app, DateTimeOffset when, Func<Task> work)
    {
        app.Clock.Offset = when - TimeProvider.System.GetUtcNow();
        try
        {
            await work();
        }
        finally
        {
            app.Clock.Offset = TimeSpan.Zero;
        }
    }

    /// <summary>As a replica's rule would: each run with its own record of days done, as each replica keeps its own.</summary>
    public static async Task RecordDueAsync<TRule>(this ReferralsApp app) where TRule : IReminderRule
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<TRule>(scope.ServiceProvider, new ReminderDays()).RecordDueAsync(Ct);
    }

    public static async Task DispatchAsync(this ReferralsApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDispatcher<ReferralsContext>>().RunOnceAsync(Ct);
    }
}
