using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Authorization;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>Consent to the service and to share, enforced when a request would share; providers recording attendance.</summary>
public sealed class ConsentAndAttendanceTests(ReferralsApp app)
{
    [Fact]
    public async Task A_request_to_a_provider_the_person_has_not_agreed_to_share_with_is_refused_naming_the_consent_and_nothing_is_stored()
    {
        var (worker, personId, referralId) = await ReferredAsync();
        var providerId = Guid.NewGuid();

        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/connections",
                new { targetKind = "activity", targetId = app.Places.ActivityRunBy(providerId), request = true }, Ct),
            HttpStatusCode.BadRequest);

        Assert.Contains("has not agreed to share their details", problem["errors"]!["consent"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await worker.GetReferralAsync(referralId))["connections"]!.AsArray());
        Assert.Empty((await ProviderViewAsync(providerId)).AsArray());
        Assert.DoesNotContain((await PersonAsync(worker, personId))["consents"]!.AsArray(), c => c!["providerId"] is not null);
    }

    [Fact]
    public async Task Consents_are_kept_with_who_recorded_them_when_and_how_and_a_withdrawal_is_added_beside_the_giving()
    {
        var (worker, personId, _) = await ReferredAsync(serviceConsent: "written");
        var providerId = Guid.NewGuid();

        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents", new { providerId, providerName = "Meanwood Walkers", method = "verbal" }, Ct));
        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents/{providerId}/withdrawal", new { method = "online" }, Ct));
        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents", new { providerId, providerName = "Meanwood Walkers", method = "written" }, Ct));

        var consents = (await PersonAsync(worker, personId))["consents"]!.AsArray();
        Assert.Equal(
            [(null, "written", null), ("Meanwood Walkers", "verbal", "online"), ("Meanwood Walkers", "written", null)],
            consents.Select(c => (c!["providerName"]?.GetValue<string>(), c["method"]!.GetValue<string>(), c["withdrawnMethod"]?.GetValue<string>())));
        Assert.All(consents, c => Assert.False(string.IsNullOrWhiteSpace(c!["recordedBy"]!.GetValue<string>())));
        Assert.NotNull(consents[1]!["withdrawnAt"]);
        Assert.NotNull(consents[1]!["withdrawnRecordedBy"]);
        var audit = await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync($"/api/people/{personId}/audit", Ct));
        Assert.Equal(4, audit.AsArray().Count(a => a!["record"]?.GetValue<string>() == "consent"));
    }

    [Theory]
    [InlineData("consents", """{ "providerId": "0b6c64a4-52b4-4f1a-9d8b-0f1f2f3a4b5c", "providerName": "Walkers" }""", "method")]
    [InlineData("consents", """{ "providerName": "Walkers", "method": "verbal" }""", "providerId")]
    [InlineData("consents/service", "{}", "method")]
    [InlineData("consents/service/withdrawal", """{ "method": "verbal" }""", "providerId")]
    public async Task Bad_consent_input_gets_problem_details_naming_the_field(string path, string body, string field)
    {
        var (worker, personId, _) = await ReferredAsync();

        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.PostAsync($"/api/people/{personId}/{path}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct),
            HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task A_way_of_giving_consent_that_is_not_known_is_refused_not_an_error()
    {
        var (worker, personId, _) = await ReferredAsync();

        await LinkWorkerClient.ProblemAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents/service", new { method = "Carrier pigeon" }, Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task After_consent_to_share_is_withdrawn_no_new_request_goes_to_that_provider()
    {
        var (worker, personId, referralId) = await ReferredAsync();
        var providerId = Guid.NewGuid();
        await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(providerId), providerId);

        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents/{providerId}/withdrawal", new { method = "verbal" }, Ct));
        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/connections",
                new { targetKind = "activity", targetId = app.Places.ActivityRunBy(providerId), request = true }, Ct),
            HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["consent"]);
        Assert.Null((await ProviderViewAsync(providerId))[0]!["person"]);
    }

    [Fact]
    public async Task Once_the_person_withdraws_consent_to_the_service_their_referral_can_only_be_closed()
    {
        var (worker, personId, referralId) = await ReferredAsync(serviceConsent: "verbal");
        var providerId = Guid.NewGuid();
        await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(providerId), providerId);

        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents/service/withdrawal", new { method = "written" }, Ct));

        var note = await LinkWorkerClient.ProblemAsync(await worker.ChangeReferralAsync(referralId, HttpMethod.Post, "notes", new { text = "Rang her." }), HttpStatusCode.BadRequest);
        var connect = await LinkWorkerClient.ProblemAsync(await worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/connections",
            new { targetKind = "activity", targetId = app.Places.ActivityRunBy(providerId) }, Ct), HttpStatusCode.BadRequest);
        var again = await LinkWorkerClient.ProblemAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/referrals",
            new { source = "self-referral", reason = "Asked again", urgency = "routine" }, Ct), HttpStatusCode.BadRequest);
        Assert.All([note, connect, again], p => Assert.NotNull(p["errors"]!["consent"]));
        Assert.Null((await ProviderViewAsync(providerId))[0]!["person"]);
        await LinkWorkerClient.ReadAsync(await worker.ChangeReferralAsync(referralId, HttpMethod.Post, "closure", new { closureReason = "declined-by-person", outcome = "Withdrew consent.", summary = "Did not want to continue." }));
    }

    [Fact]
    public async Task Referring_again_with_consent_records_it_afresh_after_a_withdrawal()
    {
        var (worker, personId, referralId) = await ReferredAsync(serviceConsent: "verbal");
        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents/service/withdrawal", new { method = "verbal" }, Ct));
        await LinkWorkerClient.ReadAsync(await worker.ChangeReferralAsync(referralId, HttpMethod.Post, "closure", new { closureReason = "declined-by-person", outcome = "Withdrew consent.", summary = "Did not want to continue." }));

        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/referrals",
            new { source = "self-referral", reason = "Feeling low again", urgency = "routine", serviceConsent = "online" }, Ct));

        var consents = (await PersonAsync(worker, personId))["consents"]!.AsArray();
        Assert.Equal(["verbal", "online"], consents.Select(c => c!["method"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_provider_records_attendance_for_its_own_request_and_the_link_worker_sees_it_and_who_recorded_it()
    {
        var (worker, _, referralId) = await ReferredAsync();
        var providerId = Guid.NewGuid();
        var connectionId = await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(providerId), providerId);
        await AnswerAsync(providerId, connectionId);
        var manager = app.CreateClient(TestTokens.Issue(Roles.VcseManager, [ApiScopes.Referrals], organisationId: providerId, subject: "priya", name: "Priya Shah"));

        await LinkWorkerClient.ReadAsync(await manager.PostAsJsonAsync($"/api/providers/{providerId}/connections/{connectionId}/attendance", new { outcome = "did-not-attend" }, Ct));
        await LinkWorkerClient.ReadAsync(await manager.PostAsJsonAsync($"/api/providers/{providerId}/connections/{connectionId}/attendance", new { outcome = "attended" }, Ct));

        var view = await worker.GetReferralAsync(referralId);
        var connection = view["connections"]![0]!;
        Assert.Equal("attended", connection["status"]!.GetValue<string>());
        Assert.Equal(["did-not-attend", "attended"], connection["history"]!.AsArray().Skip(2).Select(h => h!["to"]!.GetValue<string>()));
        Assert.Equal("priya", connection["history"]![3]!["actorId"]!.GetValue<string>());
        Assert.Equal("Priya Shah", view["actorNames"]!["priya"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_api_client_records_a_drop_out_only_with_a_reason()
    {
        var (worker, _, referralId) = await ReferredAsync();
        var providerId = Guid.NewGuid();
        var connectionId = await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(providerId), providerId);
        await AnswerAsync(providerId, connectionId);
        var client = app.CreateClient(TestTokens.Issue(Roles.VcseClient, ApiScopes.ForVcseClients, organisationId: providerId));
        var path = $"/api/providers/{providerId}/connections/{connectionId}/attendance";

        var noReason = await LinkWorkerClient.ProblemAsync(await client.PostAsJsonAsync(path, new { outcome = "dropped-out" }, Ct), HttpStatusCode.BadRequest);
        var notAttendance = await LinkWorkerClient.ProblemAsync(await client.PostAsJsonAsync(path, new { outcome = "finished" }, Ct), HttpStatusCode.BadRequest);
        var nothing = await LinkWorkerClient.ProblemAsync(await client.PostAsJsonAsync(path, new { }, Ct), HttpStatusCode.BadRequest);
        await LinkWorkerClient.ReadAsync(await client.PostAsJsonAsync(path, new { outcome = "dropped-out", reason = "Moved away." }, Ct));

        Assert.NotNull(noReason["errors"]!["reason"]);
        Assert.NotNull(notAttendance["errors"]!["outcome"]);
        Assert.NotNull(nothing["errors"]!["outcome"]);
        var last = (await worker.GetReferralAsync(referralId))["connections"]![0]!["history"]!.AsArray()[^1]!;
        Assert.Equal(("dropped-out", "Moved away."), (last["to"]!.GetValue<string>(), last["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Another_organisation_or_the_providers_other_staff_cannot_record_attendance()
    {
        var (worker, _, referralId) = await ReferredAsync();
        var providerId = Guid.NewGuid();
        var connectionId = await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(providerId), providerId);
        await AnswerAsync(providerId, connectionId);
        var other = Guid.NewGuid();
        var otherManager = app.CreateClient(TestTokens.Issue(Roles.VcseManager, [ApiScopes.Referrals], organisationId: other));
        var staff = app.CreateClient(TestTokens.VcseStaff(providerId));

        using var elsewhere = await otherManager.PostAsJsonAsync($"/api/providers/{other}/connections/{connectionId}/attendance", new { outcome = "attended" }, Ct);
        using var notManager = await staff.PostAsJsonAsync($"/api/providers/{providerId}/connections/{connectionId}/attendance", new { outcome = "attended" }, Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (elsewhere.StatusCode, notManager.StatusCode));
        Assert.Equal("accepted", (await worker.GetReferralAsync(referralId))["connections"]![0]!["status"]!.GetValue<string>());
    }

    private async Task<(LinkWorkerClient Worker, Guid PersonId, Guid ReferralId)> ReferredAsync(string? serviceConsent = null)
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var personId = await worker.RegisterPersonAsync();
        var referral = await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/referrals",
            new { source = "self-referral", reason = "Lonely since moving.", urgency = "routine", serviceConsent }, Ct));
        return (worker, personId, referral["id"]!.GetValue<Guid>());
    }

    private static async Task<JsonNode> PersonAsync(LinkWorkerClient worker, Guid personId) =>
        await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync($"/api/people/{personId}", Ct));

    private async Task<JsonNode> ProviderViewAsync(Guid providerId) =>
        await LinkWorkerClient.ReadAsync(await app.CreateClient(TestTokens.VcseStaff(providerId)).GetAsync($"/api/providers/{providerId}/connections", Ct));

    private async Task AnswerAsync(Guid providerId, Guid connectionId) =>
        await LinkWorkerClient.ReadAsync(await app.CreateClient(TestTokens.VcseStaff(providerId))
            .PostAsJsonAsync($"/api/providers/{providerId}/connections/{connectionId}/answer", new { accept = true }, Ct));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
