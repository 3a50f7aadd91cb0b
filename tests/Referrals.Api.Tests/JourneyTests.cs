using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class JourneyTests(ReferralsApp app)
{
    [Fact]
    public async Task A_referral_runs_from_receipt_to_closing_with_the_message_back_delivered_over_the_broker()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var (walkers, singers) = (Guid.NewGuid(), Guid.NewGuid());
        var (walkingGroup, choir) = (app.Places.ActivityRunBy(walkers), app.Places.ActivityRunBy(singers));

        var personId = await worker.RegisterPersonAsync();
        using (var consent = await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents", new { providerId = singers, providerName = "Community Choir", method = "verbal" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        }
        var referralId = await worker.ReferAsync(personId);
        await worker.MoveAlongAsync(referralId, "contacted");
        // Baseline: ONS4 life 5, worthwhile 6, happy 5, anxious 7; SWEMWBS 3+3+2+3+3+2+3 = 19 → metric 17.98.
        using (var baseline = await worker.MeasureAsync(referralId, "baseline", [5, 6, 5, 7], [3, 3, 2, 3, 3, 2, 3]))
        {
            Assert.Equal(HttpStatusCode.Created, baseline.StatusCode);
        }
        using (var note = await worker.ChangeReferralAsync(referralId, HttpMethod.Post, "notes", new { text = "Misses singing in the church choir." }))
        {
            Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        }
        using (var needs = await worker.ChangeReferralAsync(referralId, HttpMethod.Put, "needs", new
        {
            needTermIds = new[] { FakeTaxonomy.Id("need-loneliness"), FakeTaxonomy.Id("need-bereavement") },
            interestTermIds = new[] { FakeTaxonomy.Id("type-music-singing") },
            availability = new[] { new { day = 2, start = "10:00", end = "12:00" } },
            travel = new { maxKm = 3.0, modes = new[] { "bus" } },
        }))
        {
            Assert.Equal(HttpStatusCode.OK, needs.StatusCode);
        }
        await worker.AgreePlanAsync(referralId);
        await worker.MoveAlongAsync(referralId, "assessed", "connecting");

        var declined = await worker.RequestActivityAsync(referralId, walkingGroup, walkers);
        var accepted = await worker.RequestActivityAsync(referralId, choir, singers);
        Assert.True(app.Places.IsHeld(declined) && app.Places.IsHeld(accepted));

        var walkersStaff = app.CreateClient(TestTokens.VcseStaff(walkers));
        var walkersView = await LinkWorkerClient.ReadAsync(await walkersStaff.GetAsync($"/api/providers/{walkers}/connections", Ct));
        Assert.Equal("Fellows", walkersView[0]!["person"]!["familyName"]!.GetValue<string>()); // consent to share is recorded before any request
        var noReason = await LinkWorkerClient.ProblemAsync(
            await walkersStaff.PostAsJsonAsync($"/api/providers/{walkers}/connections/{declined}/answer", new { accept = false }, Ct),
            HttpStatusCode.BadRequest);
        Assert.NotNull(noReason["errors"]!["reason"]);
        await LinkWorkerClient.ReadAsync(await walkersStaff.PostAsJsonAsync(
            $"/api/providers/{walkers}/connections/{declined}/answer", new { accept = false, reason = "The group is full until spring." }, Ct));
        Assert.Contains(declined, app.Places.Released);

        var singersStaff = app.CreateClient(TestTokens.VcseStaff(singers));
        var singersView = await LinkWorkerClient.ReadAsync(await singersStaff.GetAsync($"/api/providers/{singers}/connections", Ct));
        Assert.Equal("Doris", singersView[0]!["person"]!["givenName"]!.GetValue<string>());
        await LinkWorkerClient.ReadAsync(await singersStaff.PostAsJsonAsync($"/api/providers/{singers}/connections/{accepted}/answer", new { accept = true }, Ct));
        await LinkWorkerClient.ReadAsync(await worker.MoveConnectionAsync(accepted, "attended"));
        // Follow-up: life 7, anxious 4; SWEMWBS 4+4+3+4+4+3+4 = 26 → metric 23.21.
        await worker.FollowUpAndCloseAsync(referralId);

        var referral = await worker.GetReferralAsync(referralId);
        Assert.Equal("closed", referral["referral"]!["status"]!.GetValue<string>());
        Assert.Equal(
            ["contacted", "assessed", "connecting", "connected", "follow-up", "closed"],
            referral["referral"]!["history"]!.AsArray().Select(t => t!["to"]!.GetValue<string>()));
        Assert.Equal(["declined", "finished"], referral["connections"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()));
        Assert.Contains(accepted, app.Places.Released);

        var outcome = await app.Events.WaitForAsync<WellbeingOutcomeRecordedIntegrationEvent>(e => e.ReferralId == referralId);
        Assert.Equal((5, 7, 2), (outcome.LifeSatisfactionBefore, outcome.LifeSatisfactionAfter, outcome.LifeSatisfactionChange));
        Assert.Equal("The group is full until spring.",
            (await app.Events.WaitForAsync<ConnectionDeclinedIntegrationEvent>(e => e.ConnectionId == declined)).Reason);

        var messageBack = await app.Events.WaitForAsync<ReferralMessageBackIntegrationEvent>(e => e.ReferralId == referralId);
        Assert.Equal("9434765919", messageBack.NhsNumber);
        Assert.Equal("X99901", messageBack.ReferrerOrganisationCode);
        Assert.Equal(["871731000000106"], messageBack.Codes.Select(c => c.Code));
        Assert.Equal("Completed", messageBack.ClosureReason);
        // Life satisfaction 7 − 5 = 2; anxiety 4 − 7 = −3; SWEMWBS metric 23.21 − 17.98 = 5.23.
        Assert.Equal(2, messageBack.Wellbeing!.LifeSatisfactionChange);
        Assert.Equal(-3, messageBack.Wellbeing.AnxietyChange);
        Assert.Equal(5.23m, messageBack.Wellbeing.SwemwbsMetricChange);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
