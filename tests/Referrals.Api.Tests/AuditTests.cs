using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Authorization;
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

    [Fact]
    public async Task A_caseload_page_and_a_look_up_record_a_read_of_each_person_they_show_and_no_one_else()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId, name: "Ama Owusu")));
        var shown = await worker.RegisterPersonAsync();
        var alsoShown = await worker.RegisterPersonAsync(Person("Doreen", "485 777 3007"));
        var notShown = await worker.RegisterPersonAsync(Person("Zachary", "401 023 2137"));
        var referral = await worker.ReferAsync(shown);
        var otherReferral = await worker.ReferAsync(alsoShown);

        // Doris and Doreen on the caseload (Zachary has no referral), then Zachary alone found by name, by a
        // colleague whose token carries no name.
        (await worker.Http.GetAsync($"/api/teams/{teamId}/caseload", Ct)).EnsureSuccessStatusCode();
        using var colleague = app.CreateClient(TestTokens.TeamLead(teamId));
        (await colleague.GetAsync($"/api/teams/{teamId}/people?q=Zachary", Ct)).EnsureSuccessStatusCode();

        Assert.Equal([("read", "caseload", referral, "Ama Owusu")], await ReadsAsync(worker, shown));
        Assert.Equal([("read", "caseload", otherReferral, "Ama Owusu")], await ReadsAsync(worker, alsoShown));
        Assert.Equal([("read", "person-lookup", notShown, (string?)null)], await ReadsAsync(worker, notShown));
    }

    private static async Task<List<(string Action, string Record, Guid RecordId, string? ActorName)>> ReadsAsync(LinkWorkerClient worker, Guid personId)
    {
        var trail = await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync($"/api/people/{personId}/audit", Ct));
        // The trail's own read of the person's record is not what is tested here, nor the creation.
        return [.. trail.AsArray()
            .Where(e => e!["action"]!.GetValue<string>() == "read" && e["record"]!.GetValue<string>() is "caseload" or "person-lookup")
            .Select(e => (e!["action"]!.GetValue<string>(), e["record"]!.GetValue<string>(), e["recordId"]!.GetValue<Guid>(), e["actorName"]?.GetValue<string>()))];
    }

    private static JsonObject Person(string givenName, string nhsNumber)
    {
        var person = LinkWorkerClient.PersonRequest();
        person["givenName"] = givenName;
        person["nhsNumber"] = nhsNumber;
        return person;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
