using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Authorization;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Seeds;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>People referring themselves through the public web, and the link worker's triage before first contact.</summary>
public sealed class SelfReferralTests(ReferralsApp app)
{
    // The demo team covering WV10 (seeds/data/users.json): self-referrals are routed by postcode district.
    private static readonly Guid WolverhamptonNorth = SeedIds.ToGuid("team-wolverhampton-north");

    private readonly HttpClient _web = app.CreateClient(TestTokens.Issue(Roles.Service, [ApiScopes.Referrals], subject: ServiceClients.Web));
    private readonly LinkWorkerClient _worker = new(app.CreateClient(TestTokens.LinkWorker(WolverhamptonNorth)));

    public static JsonObject SelfReferral() => new()
    {
        ["givenName"] = "Pat",
        ["familyName"] = "Selby",
        ["dateOfBirth"] = "1958-03-04",
        ["contact"] = new JsonObject { ["preferred"] = "phone", ["phone"] = "07700 900456" },
        ["postcode"] = "wv10 9qr",
        ["whatMatters"] = "Since I retired I hardly see anyone. I used to love gardening.",
        ["needTermIds"] = new JsonArray(FakeTaxonomy.Id("need-loneliness")),
        ["agreedToDataUse"] = true,
    };

    [Fact]
    public async Task A_self_referral_lands_awaiting_triage_on_the_caseload_of_the_team_covering_the_postcode()
    {
        var receipt = await LinkWorkerClient.ReadAsync(await _web.PostAsJsonAsync("/api/self-referrals", SelfReferral(), Ct));

        var referral = (await _worker.GetReferralAsync(Guid.Parse(receipt["referralId"]!.GetValue<string>())))["referral"]!;
        Assert.Equal(("awaiting-triage", "self-referral", WolverhamptonNorth.ToString()),
            (referral["status"]!.GetValue<string>(), referral["source"]!.GetValue<string>(), referral["teamId"]!.GetValue<string>()));
        Assert.Equal("Since I retired I hardly see anyone. I used to love gardening.", referral["reason"]!.GetValue<string>());
        Assert.Equal([FakeTaxonomy.Id("need-loneliness")], referral["needTermIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Matches("^SR-[0-9A-F]{4}-[0-9A-F]{4}$", receipt["reference"]!.GetValue<string>());
        Assert.Equal(5, receipt["contactWithinWorkingDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_the_webs_own_client_may_send_a_self_referral()
    {
        using var linkWorker = await _worker.Http.PostAsJsonAsync("/api/self-referrals", SelfReferral(), Ct);
        using var matcher = await app.CreateClient(TestTokens.Service()).PostAsJsonAsync("/api/self-referrals", SelfReferral(), Ct);
        using var anonymous = await app.Factory.CreateClient().PostAsJsonAsync("/api/self-referrals", SelfReferral(), Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (linkWorker.StatusCode, matcher.StatusCode, anonymous.StatusCode));
    }

    [Fact]
    public async Task Every_mistake_in_a_self_referral_is_reported_at_once()
    {
        var form = SelfReferral();
        form["givenName"] = " ";
        form["contact"] = new JsonObject { ["preferred"] = "email" };
        form["whatMatters"] = "";
        form["agreedToDataUse"] = false;

        var problem = await LinkWorkerClient.ProblemAsync(await _web.PostAsJsonAsync("/api/self-referrals", form, Ct), HttpStatusCode.BadRequest);

        Assert.Equal(["agreedToDataUse", "email", "givenName", "reason"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task A_postcode_no_team_covers_is_refused_with_somewhere_else_to_turn()
    {
        var form = SelfReferral();
        form["postcode"] = "EX1 1AA";

        var problem = await LinkWorkerClient.ProblemAsync(await _web.PostAsJsonAsync("/api/self-referrals", form, Ct), HttpStatusCode.BadRequest);

        Assert.Equal("We cannot take referrals from EX1 yet. Ask your GP practice about social prescribing near you.", problem["errors"]!["postcode"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_link_worker_triages_a_self_referral_before_first_contact()
    {
        var id = await SelfReferAsync();

        var tooSoon = await LinkWorkerClient.ProblemAsync(await _worker.MoveAsync(id, "contacted"), HttpStatusCode.Conflict);
        var noOutcome = await LinkWorkerClient.ProblemAsync(await _worker.ChangeReferralAsync(id, HttpMethod.Post, "triage", new { note = "Read it" }), HttpStatusCode.BadRequest);
        var triaged = await LinkWorkerClient.ReadAsync(await _worker.ChangeReferralAsync(id, HttpMethod.Post, "triage", new { outcome = "safe-to-proceed", note = "Nothing of concern" }));
        await _worker.MoveAlongAsync(id, "contacted");

        Assert.NotNull(tooSoon["errors"]!["status"]);
        Assert.NotNull(noOutcome["errors"]!["outcome"]);
        Assert.Equal(("received", "safe-to-proceed"), (triaged["status"]!.GetValue<string>(), triaged["history"]![0]!["triage"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_escalated_concern_marks_the_self_referral_urgent_with_the_concern_noted()
    {
        var id = await SelfReferAsync();

        var triaged = await LinkWorkerClient.ReadAsync(await _worker.ChangeReferralAsync(id, HttpMethod.Post, "triage", new { outcome = "urgent-concern-escalated", note = "Talks of not coping; passed to the safeguarding lead" }));

        Assert.Equal(("urgent", true, "Talks of not coping; passed to the safeguarding lead"),
            (triaged["urgency"]!.GetValue<string>(), triaged["safeguardingConcern"]!.GetValue<bool>(), triaged["safeguardingNote"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Nobody_is_connected_to_an_activity_before_triage()
    {
        var id = await SelfReferAsync();
        var provider = Guid.NewGuid();

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.Http.PostAsJsonAsync($"/api/referrals/{id}/connections",
            new { targetKind = "activity", targetId = app.Places.ActivityRunBy(provider), providerId = provider, request = true }, Ct), HttpStatusCode.Conflict);

        Assert.Equal("Triage this self-referral for safeguarding before connecting the person to anyone.", problem["errors"]!["status"]![0]!.GetValue<string>());
    }

    private async Task<Guid> SelfReferAsync()
    {
        var receipt = await LinkWorkerClient.ReadAsync(await _web.PostAsJsonAsync("/api/self-referrals", SelfReferral(), Ct));
        return Guid.Parse(receipt["referralId"]!.GetValue<string>());
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
