using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Contracts.Http;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Application;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class ConnectionExpiryTests(ReferralsApp app)
{
    [Fact]
    public async Task An_unanswered_request_expires_once_the_agreed_working_days_have_passed_and_releases_its_place()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());
        var connectionId = await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(Guid.NewGuid()), null, agreedWorkingDays: 2);
        Assert.True(app.Places.IsHeld(connectionId));

        try
        {
            // Straight away the provider still has its two working days.
            Assert.Equal("requested", await StatusAfterExpiryRunAsync(referralId, connectionId, TimeSpan.Zero));
            // Three weeks later at least 15 working days have passed, far beyond 2.
            Assert.Equal("expired", await StatusAfterExpiryRunAsync(referralId, connectionId, TimeSpan.FromDays(21)));
        }
        finally
        {
            app.Clock.Offset = TimeSpan.Zero;
        }

        Assert.False(app.Places.IsHeld(connectionId));
        Assert.Contains(connectionId, app.Places.Released);
        await app.Events.WaitForAsync<ConnectionExpiredIntegrationEvent>(e => e.ConnectionId == connectionId);
    }

    [Fact]
    public async Task An_expired_request_can_no_longer_be_accepted()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var providerId = Guid.NewGuid();
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());
        var connectionId = await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(providerId), providerId, agreedWorkingDays: 1);
        try
        {
            await StatusAfterExpiryRunAsync(referralId, connectionId, TimeSpan.FromDays(21));
        }
        finally
        {
            app.Clock.Offset = TimeSpan.Zero;
        }

        var staff = app.CreateClient(TestTokens.VcseStaff(providerId));
        var problem = await LinkWorkerClient.ProblemAsync(
            await staff.PostAsJsonAsync($"/api/providers/{providerId}/connections/{connectionId}/answer", new { accept = true }, TestContext.Current.CancellationToken),
            System.Net.HttpStatusCode.Conflict);
        Assert.Contains("Expired is final", problem["errors"]!["status"]![0]!.GetValue<string>());
    }

    private async Task<string> StatusAfterExpiryRunAsync(Guid referralId, Guid connectionId, TimeSpan clockAhead)
    {
        app.Clock.Offset = clockAhead;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ConnectionExpiry>().RunOnceAsync(TestContext.Current.CancellationToken);
        }
        await using var reading = app.Factory.Services.CreateAsyncScope();
        var db = reading.ServiceProvider.GetRequiredService<Infrastructure.ReferralsContext>();
        var connection = await db.Connections.FindAsync([connectionId], TestContext.Current.CancellationToken);
        Assert.Equal(referralId, connection!.ReferralId);
        return connection.Status.WireName();
    }
}
