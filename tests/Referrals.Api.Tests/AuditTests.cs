using System.Net.Http.Json;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class AuditTests(ReferralsApp app)
{
    [Fact]
    public async Task Every_read_and_change_of_a_persons_record_is_kept_with_who_what_and_when()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var colleague = new LinkWorkerClient(app.CreateClient(TestTokens.TeamLead(teamId)));
        var personId = await worker.RegisterPersonAsync();
        var referralId = await worker.ReferAsync(personId);
        await LinkWorkerClient.ReadAsync(await colleague.Http.GetAsync($"/api/people/{personId}", Ct));
        // A change reads the referral first, for the ETag it sends back in If-Match: one read, then the change.
        await worker.MoveAlongAsync(referralId, "contacted");

        var trail = await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync($"/api/people/{personId}/audit", Ct));

        Assert.Equal(
            [("link-worker", "create", "person"), ("link-worker", "create", "referral"), ("team-lead", "read", "person"), ("link-worker", "read", "referral"), ("link-worker", "change", "referral")],
            trail.AsArray().Select(e => (e!["actorRole"]!.GetValue<string>(), e["action"]!.GetValue<string>(), e["record"]!.GetValue<string>())));
        Assert.All(trail.AsArray(), e => Assert.False(string.IsNullOrEmpty(e!["actorId"]!.GetValue<string>())));
        // The trail names who and what, never the person's details.
        Assert.DoesNotContain("Doris", trail.ToJsonString(), StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
