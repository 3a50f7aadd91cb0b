using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit.Messaging;
using SocialPrescribing.TestKit.Referrals;

namespace SocialPrescribing.SystemTests;

/// <summary>
/// The link worker's journey across real processes: the referrals service holds and releases places in the
/// real directory over gRPC, the VCSE group answers with its own sign-in, and the message back leaves over RabbitMQ.
/// </summary>
public sealed class ReferralJourneyTests(ScaledOutSystem system) : IAsyncLifetime
{
    private readonly ReceivedEvents _events = new("system-tests",
        typeof(ReferralMessageBackIntegrationEvent), typeof(ConnectionDeclinedIntegrationEvent),
        typeof(ConnectionAcceptedIntegrationEvent), typeof(ConnectionExpiredIntegrationEvent));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _events.StartAsync(await system.App.GetConnectionStringAsync("messaging"));

    public ValueTask DisposeAsync() => _events.DisposeAsync();

    [Fact]
    public async Task A_referral_runs_to_closing_holding_and_releasing_real_places_in_the_directory()
    {
        using var group = await VcseGroup.ConnectAsync(system, Ct);
        var walk = await group.PublishActivityAsync($"Canal walk {Guid.NewGuid():N}", Ct);
        var cafe = await group.PublishActivityAsync($"Memory cafe {Guid.NewGuid():N}", Ct);
        var worker = await LinkWorkerAsync();
        using var provider = await ProviderStaffAsync();

        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());
        await worker.MoveAlongAsync(referralId, "contacted");
        // Baseline: ONS4 life 4, worthwhile 5, happy 4, anxious 8; SWEMWBS 2+3+2+3+2+2+3 = 17 → metric 16.88 (the published raw-to-metric table).
        await MeasureAsync(worker, referralId, "baseline", [4, 5, 4, 8], [2, 3, 2, 3, 2, 2, 3]);
        await worker.AgreePlanAsync(referralId);
        await worker.MoveAlongAsync(referralId, "assessed", "connecting");

        // Each new activity has 12 places; a request holds one of them in the directory.
        var declined = await worker.RequestActivityAsync(referralId, walk, group.OrganisationId);
        var accepted = await worker.RequestActivityAsync(referralId, cafe, group.OrganisationId);
        Assert.Equal(11, await group.FreePlacesAsync(walk, Ct));
        Assert.Equal(11, await group.FreePlacesAsync(cafe, Ct));

        await AnswerAsync(provider, declined, new { accept = false, reason = "The towpath is closed for repairs until March." });
        await AnswerAsync(provider, accepted, new { accept = true });
        Assert.Equal(12, await group.FreePlacesAsync(walk, Ct));
        Assert.Equal(11, await group.FreePlacesAsync(cafe, Ct));
        Assert.Equal("The towpath is closed for repairs until March.",
            (await _events.WaitForAsync<ConnectionDeclinedIntegrationEvent>(e => e.ConnectionId == declined)).Reason);
        await _events.WaitForAsync<ConnectionAcceptedIntegrationEvent>(e => e.ConnectionId == accepted);

        await LinkWorkerClient.ReadAsync(await worker.MoveConnectionAsync(accepted, "attended"));
        await worker.MoveAlongAsync(referralId, "connected", "follow-up");
        // Exit: life 6, worthwhile 7, happy 6, anxious 5; SWEMWBS 3+4+3+4+3+3+4 = 24 → metric 21.54.
        await MeasureAsync(worker, referralId, "exit", [6, 7, 6, 5], [3, 4, 3, 4, 3, 3, 4]);
        await LinkWorkerClient.ReadAsync(await worker.ChangeReferralAsync(referralId, HttpMethod.Post, "closure", new
        {
            closureReason = "completed",
            outcome = "Goes to the memory cafe every week.",
            summary = "Connected to a memory cafe; sleeping better.",
        }));

        // Closing finishes the attended connection, which gives its place back.
        Assert.Equal(12, await group.FreePlacesAsync(cafe, Ct));
        var referral = await worker.GetReferralAsync(referralId);
        Assert.Equal("closed", referral["referral"]!["status"]!.GetValue<string>());
        Assert.Equal(["declined", "finished"], referral["connections"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()));

        var messageBack = await _events.WaitForAsync<ReferralMessageBackIntegrationEvent>(e => e.ReferralId == referralId);
        Assert.Equal(["871731000000106"], messageBack.Codes.Select(c => c.Code));
        // Life satisfaction 6 − 4 = 2; anxiety 5 − 8 = −3; SWEMWBS metric 21.54 − 16.88 = 4.66.
        Assert.Equal(2, messageBack.Wellbeing!.LifeSatisfactionChange);
        Assert.Equal(-3, messageBack.Wellbeing.AnxietyChange);
        Assert.Equal(4.66m, messageBack.Wellbeing.SwemwbsMetricChange);
    }

    [Fact]
    public async Task A_request_naming_an_organisation_that_does_not_run_the_activity_is_refused_on_the_directorys_word()
    {
        using var group = await VcseGroup.ConnectAsync(system, Ct);
        var walk = await group.PublishActivityAsync($"Canal walk {Guid.NewGuid():N}", Ct);
        var worker = await LinkWorkerAsync();
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());

        using var elsewhere = await worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/connections",
            new { targetKind = "activity", targetId = walk, providerId = Guid.NewGuid(), request = true }, Ct);
        var problem = await LinkWorkerClient.ProblemAsync(elsewhere, HttpStatusCode.BadRequest);
        await worker.RequestActivityAsync(referralId, walk, providerId: null);

        Assert.NotNull(problem["errors"]!["providerId"]);
        var connection = Assert.Single((await worker.GetReferralAsync(referralId))["connections"]!.AsArray())!;
        Assert.Equal(group.OrganisationId, connection["providerId"]!.GetValue<Guid>());
        Assert.Equal(11, await group.FreePlacesAsync(walk, Ct));
    }

    [Fact]
    public async Task An_unanswered_request_expires_and_its_place_returns_to_the_directory()
    {
        using var group = await VcseGroup.ConnectAsync(system, Ct);
        var lunchClub = await group.PublishActivityAsync($"Lunch club {Guid.NewGuid():N}", Ct);
        var worker = await LinkWorkerAsync();
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());
        await worker.MoveAlongAsync(referralId, "contacted");
        await worker.AgreePlanAsync(referralId);
        await worker.MoveAlongAsync(referralId, "assessed", "connecting");
        var request = await worker.RequestActivityAsync(referralId, lunchClub, group.OrganisationId, agreedWorkingDays: 10);
        Assert.Equal(11, await group.FreePlacesAsync(lunchClub, Ct));

        // Nobody waits ten working days in a test: the request is moved back in time as if sent four weeks ago.
        await SendRequestFourWeeksAgoAsync(request);

        await _events.WaitForAsync<ConnectionExpiredIntegrationEvent>(e => e.ConnectionId == request);
        var connection = (await worker.GetReferralAsync(referralId))["connections"]!.AsArray().Single()!;
        Assert.Equal("expired", connection["status"]!.GetValue<string>());
        await Eventually.HoldsAsync(async () => await group.FreePlacesAsync(lunchClub, Ct) == 12,
            "the expired request's place is free again in the directory");
    }

    [Fact]
    public async Task A_newly_published_activity_appears_in_a_referrals_suggestions_through_the_broker()
    {
        var worker = await LinkWorkerAsync();
        var referralId = await SwimAndSpeak.ReferSomeoneAsync(worker);
        using var group = await VcseGroup.ConnectAsync(system, Ct);
        var swimming = await SwimAndSpeak.PublishActivityAsync(group);

        await Eventually.HoldsAsync(async () => SwimAndSpeak.StoredActivities(await worker.GetReferralAsync(referralId)).Contains(swimming),
            "the matcher's suggestions recorded on the referral include the new activity", TimeSpan.FromMinutes(3));
    }

    private async Task<LinkWorkerClient> LinkWorkerAsync() =>
        new(await SignedInAsync("referrals", new TestAccount("link-worker", "lw.ama.owusu", system.DevelopmentPassword), ApiScopes.Referrals));

    /// <summary>Marcia, manager of the seeded group the <see cref="VcseGroup"/> publishes for, answering with her own sign-in.</summary>
    private Task<HttpClient> ProviderStaffAsync() =>
        SignedInAsync("referrals", new TestAccount("vcse-manager", "vcse.marcia.henry", system.DevelopmentPassword), ApiScopes.ReferralsConnectionsAnswer);

    private async Task<HttpClient> SignedInAsync(string service, TestAccount account, string scope)
    {
        using var tokens = system.CreateTokenClient();
        var http = system.CreateHttpClient(service);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAccessTokenAsync(account, [scope], Ct));
        return http;
    }

    private static async Task MeasureAsync(LinkWorkerClient worker, Guid referralId, string point, int[] ons4, int[] swemwbs)
    {
        using var response = await worker.MeasureAsync(referralId, point, ons4, swemwbs);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task AnswerAsync(HttpClient provider, Guid connectionId, object answer)
    {
        var organisationId = SeedIds.ToGuid("org-wolverhampton-friendship-line");
        await LinkWorkerClient.ReadAsync(await provider.PostAsJsonAsync($"/api/providers/{organisationId}/connections/{connectionId}/answer", answer, Ct));
    }

    private async Task SendRequestFourWeeksAgoAsync(Guid connectionId)
    {
        await using var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync("referrals-db"));
        await db.OpenAsync(Ct);
        await using var read = new NpgsqlCommand("""SELECT "History"::text FROM connections WHERE "Id" = @id""", db);
        read.Parameters.AddWithValue("id", connectionId);
        var history = JsonNode.Parse((string)(await read.ExecuteScalarAsync(Ct))!)!.AsArray();
        var fourWeeksAgo = DateTimeOffset.UtcNow.AddDays(-28);
        foreach (var transition in history)
        {
            transition!["at"] = fourWeeksAgo;
        }
        await using var write = new NpgsqlCommand(
            """UPDATE connections SET "History" = @history::jsonb, "AnswerDueBy" = @due WHERE "Id" = @id""", db);
        write.Parameters.AddWithValue("history", history.ToJsonString());
        write.Parameters.AddWithValue("due", DateOnly.FromDateTime(fourWeeksAgo.UtcDateTime.AddDays(14)));
        write.Parameters.AddWithValue("id", connectionId);
        Assert.Equal(1, await write.ExecuteNonQueryAsync(Ct));
    }
}
