using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.Referrals.Api.Tests.Fhir;

/// <summary>The message back a GP system reads as a FHIR Task once its referral closes, and only the client that sent it.</summary>
public sealed class MessageBackOutTests(ReferralsApp app)
{
    private const string ServiceRequestIdentifier = "https://fallings-park.example/gp-system/referrals|REF-2026-0001";

    [Fact]
    public async Task A_closed_referral_is_read_back_as_a_task_with_its_codes_connection_and_wellbeing_change()
    {
        var (team, provider) = (Guid.NewGuid(), Guid.NewGuid());
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-message-back")));
        var referralId = await gp.SendAsync(GpSystemClient.Example("referral-transaction"));
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team)));

        using (var open = await gp.Http.GetAsync($"/fhir/Task/{referralId}", Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        }
        Assert.Equal(0, (await gp.SearchTasksAsync($"based-on:identifier={ServiceRequestIdentifier}"))["total"]!.GetValue<int>());

        var activityId = await ConnectAndCloseAsync(worker, referralId, provider);

        var found = await gp.SearchTasksAsync($"based-on:identifier={ServiceRequestIdentifier}");
        Assert.Equal(1, found["total"]!.GetValue<int>());
        var task = found["entry"]![0]!["resource"]!.AsObject();
        Assert.Equal(("Task", referralId.ToString(), "completed"),
            (task["resourceType"]!.GetValue<string>(), task["id"]!.GetValue<string>(), task["status"]!.GetValue<string>()));
        Assert.Equal($"ServiceRequest/{referralId}", task["basedOn"]![0]!["reference"]!.GetValue<string>());
        Assert.Equal("REF-2026-0001", task["basedOn"]![0]!["identifier"]!["value"]!.GetValue<string>());
        Assert.Equal("9434765919", task["for"]!["identifier"]!["value"]!.GetValue<string>());
        Assert.Equal("M92042", task["restriction"]!["recipient"]![0]!["identifier"]!["value"]!.GetValue<string>());
        Assert.Equal("Completed", task["businessStatus"]!["coding"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Connected to a choir; feels less alone.", task["note"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("Sings with the community choir every Tuesday.", Outputs(task, "outcome").Single()["valueString"]!.GetValue<string>());
        Assert.Equal(["871731000000106"], Outputs(task, "outcome-code").Select(o => o["valueCodeableConcept"]!["coding"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal($"Activity {activityId} (Finished)", Outputs(task, "connected-to").Single()["valueString"]!.GetValue<string>());
        Assert.Equal(["#ons4", "#swemwbs"], Outputs(task, "wellbeing-change").Select(o => o["valueReference"]!["reference"]!.GetValue<string>()));

        // Baseline ONS4 5, 6, 5, 7 and follow-up 7, 7, 6, 4: +2, +1, +1, −3.
        var ons4 = Contained(task, "ons4");
        Assert.Equal([2, 1, 1, -3], ons4["component"]!.AsArray().Select(c => c!["valueInteger"]!.GetValue<int>()));
        // SWEMWBS raw 19 → metric 17.98 at baseline, raw 26 → 23.21 at follow-up: +5.23.
        Assert.Equal(5.23m, Contained(task, "swemwbs")["valueQuantity"]!["value"]!.GetValue<decimal>());

        var byPatient = await gp.SearchTasksAsync("patient:identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919");
        Assert.Equal(referralId.ToString(), byPatient["entry"]![0]!["resource"]!["id"]!.GetValue<string>());
        var byId = await GpSystemClient.ReadAsync(await gp.Http.GetAsync($"/fhir/Task/{referralId}", Ct));
        Assert.Equal(task.ToJsonString(), byId.ToJsonString());

        var announced = await app.Events.WaitForAsync<ReferralMessageBackIntegrationEvent>(e => e.ReferralId == referralId);
        Assert.Equal("M92042", announced.ReferrerOrganisationCode);
        // The event carries the same Task as its FHIR payload.
        var carried = JsonNode.Parse(announced.FhirTask!)!.AsObject();
        Assert.Equal(("Task", referralId.ToString(), "Completed"),
            (carried["resourceType"]!.GetValue<string>(), carried["id"]!.GetValue<string>(), carried["businessStatus"]!["coding"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal($"Activity {activityId} (Finished)", Outputs(carried, "connected-to").Single()["valueString"]!.GetValue<string>());
        Assert.Equal([2, 1, 1, -3], Contained(carried, "ons4")["component"]!.AsArray().Select(c => c!["valueInteger"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Another_clients_referrals_and_messages_back_are_not_shown()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-sender")));
        var referralId = await gp.SendAsync(GpSystemClient.Example("referral-transaction"));
        await CloseAsDeclinedAsync(new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team))), referralId);
        Assert.Equal(1, (await gp.SearchTasksAsync($"based-on:identifier={ServiceRequestIdentifier}"))["total"]!.GetValue<int>());

        var other = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-another-practice")));

        Assert.Equal(0, (await other.SearchTasksAsync($"based-on:identifier={ServiceRequestIdentifier}"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await other.SearchTasksAsync("patient:identifier=9434765919"))["total"]!.GetValue<int>());
        foreach (var path in new[] { $"/fhir/Task/{referralId}", $"/fhir/ServiceRequest/{referralId}" })
        {
            var outcome = await GpSystemClient.ReadAsync(await other.Http.GetAsync(path, Ct), HttpStatusCode.NotFound);
            Assert.Equal("not-found", outcome["issue"]![0]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_declined_referral_sends_the_declined_code_and_its_service_request_is_revoked()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-declined")));
        var referralId = await gp.SendAsync(GpSystemClient.Example("referral-transaction"));
        await CloseAsDeclinedAsync(new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team))), referralId);

        var task = await GpSystemClient.ReadAsync(await gp.Http.GetAsync($"/fhir/Task/{referralId}", Ct));
        Assert.Equal(["871731000000106", "871711000000103"],
            Outputs(task, "outcome-code").Select(o => o["valueCodeableConcept"]!["coding"]![0]!["code"]!.GetValue<string>()));
        Assert.Null(task["contained"]);
        var serviceRequest = await GpSystemClient.ReadAsync(await gp.Http.GetAsync($"/fhir/ServiceRequest/{referralId}", Ct));
        Assert.Equal("revoked", serviceRequest["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_link_worker_reads_the_message_back_and_resends_it()
    {
        var team = Guid.NewGuid();
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-resend")));
        var referralId = await gp.SendAsync(GpSystemClient.Example("referral-transaction"));
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team)));
        await CloseAsDeclinedAsync(worker, referralId);
        await app.Events.WaitForAsync<ReferralMessageBackIntegrationEvent>(e => e.ReferralId == referralId);
        var closedAnnouncement = (await worker.GetReferralAsync(referralId))["gpOrigin"]!["messageBackAnnouncedAt"]!.GetValue<DateTimeOffset>();

        var asTheGpReadsIt = await GpSystemClient.ReadAsync(await worker.Http.GetAsync($"/api/referrals/{referralId}/message-back", Ct));
        Assert.Equal(referralId.ToString(), asTheGpReadsIt["id"]!.GetValue<string>());

        using (var resent = await worker.Http.PostAsync($"/api/referrals/{referralId}/message-back", null, Ct))
        {
            Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        }
        await Eventually.HoldsAsync(() => Task.FromResult(app.Events.Of<ReferralMessageBackIntegrationEvent>().Count(e => e.ReferralId == referralId) == 2),
            "the message back is announced a second time");
        Assert.True((await worker.GetReferralAsync(referralId))["gpOrigin"]!["messageBackAnnouncedAt"]!.GetValue<DateTimeOffset>() > closedAnnouncement);
    }

    [Fact]
    public async Task A_search_without_an_identifier_is_refused_with_an_operation_outcome()
    {
        var gp = new GpSystemClient(app.CreateClient(TestTokens.GpSystem(Guid.NewGuid(), "gp-searcher")));

        var outcome = await GpSystemClient.ReadAsync(await gp.Http.GetAsync("/fhir/Task?status=completed", Ct), HttpStatusCode.BadRequest);

        Assert.Equal("required", outcome["issue"]![0]!["code"]!.GetValue<string>());
    }

    /// <summary>The whole way to "completed": contact, baseline, plan, a choir the person attends, follow-up, closing; returns the choir's id.</summary>
    private async Task<Guid> ConnectAndCloseAsync(LinkWorkerClient worker, Guid referralId, Guid provider)
    {
        await worker.MoveAlongAsync(referralId, "contacted");
        using (var baseline = await worker.MeasureAsync(referralId, "baseline", [5, 6, 5, 7], [3, 3, 2, 3, 3, 2, 3]))
        {
            Assert.Equal(HttpStatusCode.Created, baseline.StatusCode);
        }
        await worker.AgreePlanAsync(referralId);
        await worker.MoveAlongAsync(referralId, "assessed", "connecting");
        var activityId = app.Places.ActivityRunBy(provider);
        var connectionId = await worker.RequestActivityAsync(referralId, activityId, provider);
        var providerStaff = app.CreateClient(TestTokens.VcseStaff(provider));
        await LinkWorkerClient.ReadAsync(await providerStaff.PostAsJsonAsync($"/api/providers/{provider}/connections/{connectionId}/answer", new { accept = true }, Ct));
        await LinkWorkerClient.ReadAsync(await worker.MoveConnectionAsync(connectionId, "attended"));
        await worker.FollowUpAndCloseAsync(referralId);
        return activityId;
    }

    private static async Task CloseAsDeclinedAsync(LinkWorkerClient worker, Guid referralId) =>
        await LinkWorkerClient.ReadAsync(await worker.ChangeReferralAsync(referralId, HttpMethod.Post, "closure", new
        {
            closureReason = "declined-by-person",
            outcome = "Did not want to be referred.",
            summary = "Declined social prescribing when we rang.",
        }));

    private static IEnumerable<JsonObject> Outputs(JsonObject task, string type) =>
        task["output"]!.AsArray().Select(o => o!.AsObject()).Where(o => o["type"]!["coding"]![0]!["code"]!.GetValue<string>() == type);

    private static JsonObject Contained(JsonObject task, string id) =>
        task["contained"]!.AsArray().Select(c => c!.AsObject()).Single(c => c["id"]!.GetValue<string>() == id);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
