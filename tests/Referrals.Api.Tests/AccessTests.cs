using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class AccessTests(ReferralsApp app)
{
    [Fact]
    public async Task A_link_worker_of_another_team_can_neither_read_nor_change_the_record()
    {
        var ownTeam = Guid.NewGuid();
        var owner = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(ownTeam)));
        var personId = await owner.RegisterPersonAsync();
        var referralId = await owner.ReferAsync(personId);
        var connectionId = await owner.RequestActivityAsync(referralId, app.Places.ActivityRunBy(Guid.NewGuid()), null);
        var stranger = app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid()));

        HttpRequestMessage[] attempts =
        [
            new(HttpMethod.Get, $"/api/people/{personId}"),
            new(HttpMethod.Put, $"/api/people/{personId}") { Content = JsonContent.Create(LinkWorkerClient.PersonRequest()) },
            new(HttpMethod.Get, $"/api/people/{personId}/audit"),
            new(HttpMethod.Post, $"/api/people/{personId}/referrals") { Content = JsonContent.Create(new { source = "self-referral", reason = "x", urgency = "routine" }) },
            new(HttpMethod.Get, $"/api/referrals/{referralId}"),
            new(HttpMethod.Post, $"/api/referrals/{referralId}/status") { Content = JsonContent.Create(new { status = "contacted", reason = "x" }) },
            new(HttpMethod.Post, $"/api/referrals/{referralId}/notes") { Content = JsonContent.Create(new { text = "x" }) },
            new(HttpMethod.Post, $"/api/connections/{connectionId}/status") { Content = JsonContent.Create(new { status = "withdrawn", reason = "x" }) },
            new(HttpMethod.Get, $"/api/teams/{ownTeam}/caseload"),
        ];
        foreach (var attempt in attempts)
        {
            using var response = await stranger.SendAsync(attempt, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{attempt.Method} {attempt.RequestUri}: {(int)response.StatusCode}");
        }

        using var own = await owner.Http.GetAsync($"/api/teams/{ownTeam}/caseload", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Only_the_organisation_a_request_was_sent_to_may_answer_it()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var providerId = Guid.NewGuid();
        var connectionId = await worker.RequestActivityAsync(await worker.ReferAsync(await worker.RegisterPersonAsync()), app.Places.ActivityRunBy(providerId), providerId);
        var otherOrganisation = Guid.NewGuid();
        var otherStaff = app.CreateClient(TestTokens.VcseStaff(otherOrganisation));

        // Its own route, but not its request.
        await LinkWorkerClient.ProblemAsync(
            await otherStaff.PostAsJsonAsync($"/api/providers/{otherOrganisation}/connections/{connectionId}/answer", new { accept = true }, Ct),
            HttpStatusCode.Forbidden);
        // The right organisation's route, with another organisation's token.
        using var impersonating = await otherStaff.PostAsJsonAsync($"/api/providers/{providerId}/connections/{connectionId}/answer", new { accept = true }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, impersonating.StatusCode);
        // A link worker cannot answer for the provider either.
        await LinkWorkerClient.ProblemAsync(
            await worker.MoveConnectionAsync(connectionId, "accepted"),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Commissioners_see_aggregates_but_no_person_and_anonymous_callers_nothing()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var personId = await worker.RegisterPersonAsync();
        var commissioner = app.CreateClient(TestTokens.Commissioner());

        using var person = await commissioner.GetAsync($"/api/people/{personId}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, person.StatusCode);
        var quarter = ReportPeriod.LastEnded(DateOnly.FromDateTime(DateTime.UtcNow));
        using var report = await commissioner.GetAsync($"/api/reports/referrals?from={quarter.From:yyyy-MM-dd}&to={quarter.To:yyyy-MM-dd}", Ct);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using var anonymous = await app.Factory.CreateClient().GetAsync($"/api/people/{personId}", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var linkWorkerReport = await worker.Http.GetAsync($"/api/reports/referrals?from={quarter.From:yyyy-MM-dd}&to={quarter.To:yyyy-MM-dd}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, linkWorkerReport.StatusCode);
    }

    [Fact]
    public async Task A_provider_sees_who_the_person_is_and_why_they_were_referred_only_while_their_consent_stands()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var providerId = Guid.NewGuid();
        var personId = await worker.RegisterPersonAsync();
        await worker.RequestActivityAsync(await worker.ReferAsync(personId), app.Places.ActivityRunBy(providerId), providerId);
        var staff = app.CreateClient(TestTokens.VcseStaff(providerId));

        var whileConsented = await LinkWorkerClient.ReadAsync(await staff.GetAsync($"/api/providers/{providerId}/connections", Ct));
        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents/{providerId}/withdrawal", new { method = "written" }, Ct));
        var afterWithdrawal = await LinkWorkerClient.ReadAsync(await staff.GetAsync($"/api/providers/{providerId}/connections", Ct));

        Assert.Equal("Fellows", whileConsented[0]!["person"]!["familyName"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(whileConsented[0]!["referral"]!["reason"]!.GetValue<string>()));
        Assert.Null(afterWithdrawal[0]!["person"]);
        Assert.Null(afterWithdrawal[0]!["referral"]);
        Assert.Equal("WV10", afterWithdrawal[0]!["postcodeDistrict"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_provider_sees_which_link_worker_sent_the_request_and_their_work_email_even_after_the_person_withdraws_consent()
    {
        var teamId = Guid.NewGuid();
        var ama = new LinkWorkerClient(app.CreateClient(TestTokens.Issue(
            Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId, name: "Ama Owusu", email: "ama.owusu@example.nhs.uk")));
        var tom = new LinkWorkerClient(app.CreateClient(TestTokens.Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId, name: "Tom Fairfax")));
        var providerId = Guid.NewGuid();
        // Tom suggests the activity; Ama sends the request: she is the one the provider answers.
        var personId = await tom.RegisterPersonAsync();
        var referralId = await tom.ReferAsync(personId);
        var suggested = await LinkWorkerClient.ReadAsync(await tom.Http.PostAsJsonAsync($"/api/referrals/{referralId}/connections",
            new { targetKind = "activity", targetId = app.Places.ActivityRunBy(providerId), providerId, request = false }, Ct));
        await tom.ConsentToShareAsync(personId, providerId);
        using (var request = await ama.MoveConnectionAsync(suggested["id"]!.GetValue<Guid>(), "requested"))
        {
            await LinkWorkerClient.ReadAsync(request);
        }
        // Once the person withdraws consent the provider no longer sees them, but still sees who to ask.
        await LinkWorkerClient.ReadAsync(await tom.Http.PostAsJsonAsync($"/api/people/{personId}/consents/{providerId}/withdrawal", new { method = "verbal" }, Ct));

        var requests = await LinkWorkerClient.ReadAsync(await app.CreateClient(TestTokens.VcseStaff(providerId)).GetAsync($"/api/providers/{providerId}/connections", Ct));

        Assert.Null(requests[0]!["person"]);
        Assert.Equal(("Ama Owusu", "ama.owusu@example.nhs.uk"),
            (requests[0]!["sentBy"]!["name"]!.GetValue<string>(), requests[0]!["sentBy"]!["email"]!.GetValue<string>()));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
