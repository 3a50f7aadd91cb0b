using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class PlacesTests(ReferralsApp app)
{
    [Fact]
    public async Task When_the_last_place_is_taken_the_next_request_is_refused_and_nothing_is_stored()
    {
        var providerId = Guid.NewGuid();
        var activityId = app.Places.ActivityRunBy(providerId);
        app.Places.Limit(activityId, 1);
        var first = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var second = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var firstReferral = await first.ReferAsync(await first.RegisterPersonAsync());
        var secondPerson = await second.RegisterPersonAsync();
        var secondReferral = await second.ReferAsync(secondPerson);
        await second.ConsentToShareAsync(secondPerson, providerId);

        await first.RequestActivityAsync(firstReferral, activityId, null);
        var problem = await LinkWorkerClient.ProblemAsync(
            await second.Http.PostAsJsonAsync($"/api/referrals/{secondReferral}/connections",
                new { targetKind = "activity", targetId = activityId, request = true }, TestContext.Current.CancellationToken),
            HttpStatusCode.Conflict);

        Assert.NotNull(problem["errors"]!["targetId"]);
        Assert.Empty((await second.GetReferralAsync(secondReferral))["connections"]!.AsArray());
    }

    [Fact]
    public async Task Withdrawing_a_request_gives_its_place_back()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var connectionId = await worker.RequestActivityAsync(await worker.ReferAsync(await worker.RegisterPersonAsync()), app.Places.ActivityRunBy(Guid.NewGuid()), null);

        await LinkWorkerClient.ReadAsync(await worker.MoveConnectionAsync(connectionId, "withdrawn", "Chose the choir instead."));

        Assert.False(app.Places.IsHeld(connectionId));
    }
}
