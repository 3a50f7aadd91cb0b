using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit.Referrals;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// A GP practice's clinical system, played by an HTTP client with the demo GP client's credentials, sends a referral as
/// FHIR to the running system; the link worker of the team it is tied to sees it with its origin and closes it; the GP
/// system reads the message back.
/// </summary>
public sealed class GpReferralJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string GpClient = "demogp";
    private const string LinkWorker = "lw.ama.owusu";

    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_gp_systems_referral_reaches_the_caseload_and_its_message_back_is_read_back_as_fhir()
    {
        var (reference, familyName) = NewReferral();
        using var gp = await GpSystemAsync();

        // The GP system sends the referral.
        await SendAsync(gp, reference, familyName);

        // The link worker finds it on the caseload, with where it came from.
        var page = await _web.SignInAsStaffAsync(LinkWorker);
        await OpenFromCaseloadAsync(page, familyName);
        var origin = page.Locator("[data-gp-origin]");
        await Assertions.Expect(origin).ToContainTextAsync("Fallings Park Surgery (ODS code M92042)");
        await Assertions.Expect(origin).ToContainTextAsync("Dr Ngozi Okafor");
        await Assertions.Expect(origin).ToContainTextAsync(reference);
        await Assertions.Expect(page.Locator("[data-timeline] tbody tr").First).ToContainTextAsync("The system of Fallings Park Surgery");
        await page.VerifyPageAsync("gp-referral-received");
        var referralId = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1]);

        // Wellbeing at the start and on leaving (through the referrals API), then the person declines and the referral closes.
        await MeasureAsync(referralId, "baseline", [4, 5, 4, 7]);
        await MeasureAsync(referralId, "exit", [6, 6, 5, 4]);
        await page.GotoAsync($"/link-worker/referrals/{referralId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Close the referral" }).ClickAsync();
        await page.GetByLabel("The person declined").CheckAsync();
        await page.GetByLabel("Outcome").FillAsync("Chose to keep going to her church lunch club instead.");
        await page.GetByLabel("Summary for the referrer").FillAsync("Declined social prescribing; happy with her lunch club.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close and send the message back" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "closed");
        await Assertions.Expect(page.Locator("[data-message-back-sent]")).ToContainTextAsync("Sent");
        await page.Locator("[data-message-back] summary").ClickAsync();
        await Assertions.Expect(page.Locator("[data-message-back]")).ToContainTextAsync("871711000000103");
        await page.VerifyPageAsync("gp-referral-closed");

        // The link worker resends it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Resend the message back" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToContainTextAsync("The message back was sent again to Fallings Park Surgery.");
        await page.VerifyPageAsync("gp-referral-resent");
        await page.Context.CloseAsync();

        // The GP system reads the message back by its own reference.
        var task = await MessageBackAsync(gp, reference);
        Assert.Equal(referralId.ToString(), task["id"]!.GetValue<string>());
        Assert.Equal("DeclinedByPerson", task["businessStatus"]!["coding"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("871711000000103", task["code"]!["coding"]![0]!["code"]!.GetValue<string>());
        // ONS4 4, 5, 4, 7 at the start and 6, 6, 5, 4 on leaving: +2, +1, +1, −3.
        var ons4 = task["contained"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "ons4")!;
        Assert.Equal([2, 1, 1, -3], ons4["component"]!.AsArray().Select(c => c!["valueInteger"]!.GetValue<int>()));
    }

    /// <summary>
    /// The whole way round: the practice's referral, the person's consent to share, a request the provider accepts,
    /// attendance the provider records, wellbeing at the start and the end, and the message back the practice reads.
    /// </summary>
    [Fact]
    public async Task A_gp_referral_is_connected_with_consent_attended_and_read_back_by_the_practice_with_its_outcome()
    {
        var (reference, familyName) = NewReferral();
        using var gp = await GpSystemAsync();
        await SendAsync(gp, reference, familyName);

        // The link worker finds it, gets to know the person and asks the friendship line, with consent to share.
        var worker = await _web.SignInAsStaffAsync(LinkWorker);
        await OpenFromCaseloadAsync(worker, familyName);
        var referralId = Guid.Parse(new Uri(worker.Url).AbsolutePath.Split('/')[^1]);
        using var setup = new VcseSetup(system);
        await setup.ReadyToConnectAsync(referralId);
        await MeasureAsync(referralId, "baseline", [3, 4, 4, 8]);
        await worker.GotoAsync($"/link-worker/referrals/{referralId}/connect?kind=activity&target={VcseSetup.FriendshipCalls}"
            + $"&name={Uri.EscapeDataString("Weekly friendship call")}&provider={VcseSetup.FriendshipLine}"
            + $"&providerName={Uri.EscapeDataString("Wolverhampton Friendship Line")}");
        await worker.GetByLabel("The person agrees we share").CheckAsync();
        await worker.GetByLabel("Verbally").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        var connection = worker.Locator("[data-connection]").First;
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-connection-status", "requested");

        // The friendship line accepts and records that Doris came.
        var manager = await _web.SignInAsStaffAsync("vcse.marcia.henry");
        await manager.GotoAsync("/vcse/requests");
        await manager.GetByRole(AriaRole.Button, new() { Name = $"Accept the request for Doris {familyName}" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = $"Record attendance for Doris {familyName}" }).ClickAsync();
        await manager.GetByLabel("Attended", new() { Exact = true }).CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Attendance recorded");
        await manager.Context.CloseAsync();

        // The link worker sees the attendance, follows up, measures again and closes the referral as completed.
        await worker.GotoAsync($"/link-worker/referrals/{referralId}");
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-connection-status", "attended");
        await MoveAlongAsync(referralId, "connected", "follow-up");
        await MeasureAsync(referralId, "exit", [7, 8, 6, 3]);
        await worker.GotoAsync($"/link-worker/referrals/{referralId}");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Close the referral" }).ClickAsync();
        await worker.GetByLabel("Completed", new() { Exact = true }).CheckAsync();
        await worker.GetByLabel("Outcome").FillAsync("Takes the weekly friendship call; feels less alone.");
        await worker.GetByLabel("Summary for the referrer").FillAsync("Connected to the Wolverhampton Friendship Line.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Close and send the message back" }).ClickAsync();
        await Assertions.Expect(worker.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "closed");
        await worker.Context.CloseAsync();

        // The practice reads it back: completed, what Doris was connected to, and how her wellbeing changed.
        var task = await MessageBackAsync(gp, reference);
        Assert.Equal(referralId.ToString(), task["id"]!.GetValue<string>());
        Assert.Equal("Completed", task["businessStatus"]!["coding"]![0]!["code"]!.GetValue<string>());
        var connectedTo = task["output"]!.AsArray()
            .Where(o => o!["type"]!["coding"]![0]!["code"]!.GetValue<string>() == "connected-to")
            .Select(o => o!["valueString"]!.GetValue<string>());
        Assert.Contains(connectedTo, c => c.Contains(VcseSetup.FriendshipCalls.ToString(), StringComparison.Ordinal));
        // ONS4 3, 4, 4, 8 at the start and 7, 8, 6, 3 on leaving: +4, +4, +2, −5.
        var ons4 = task["contained"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "ons4")!;
        Assert.Equal([4, 4, 2, -5], ons4["component"]!.AsArray().Select(c => c!["valueInteger"]!.GetValue<int>()));
    }

    private static (string Reference, string FamilyName) NewReferral() =>
        ($"REF-{Random.Shared.Next(100_000, 999_999)}", $"Gp{Random.Shared.Next(10_000, 99_999)}");

    /// <summary>The example referral bundle, made this test's own: its reference, the patient's family name, a new NHS number.</summary>
    private static async Task SendAsync(HttpClient gp, string reference, string familyName)
    {
        var bundle = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fhir", "referral-transaction.json"), Ct))!.AsObject();
        Resource(bundle, "ServiceRequest")["identifier"]![0]!["value"] = reference;
        Resource(bundle, "Patient")["name"]![0]!["family"] = familyName;
        Resource(bundle, "Patient")["identifier"]![0]!["value"] = NewNhsNumber();
        using var sent = await gp.PostAsync("/fhir", new StringContent(bundle.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/fhir+json")), Ct);
        Assert.True(sent.StatusCode == HttpStatusCode.Created, $"{(int)sent.StatusCode}: {await sent.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task OpenFromCaseloadAsync(IPage page, string familyName)
    {
        await page.GotoAsync($"/link-worker/caseload?q={familyName}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Doris {familyName}" }).ClickAsync();
    }

    private static async Task<JsonNode> MessageBackAsync(HttpClient gp, string reference)
    {
        var found = JsonNode.Parse(await gp.GetStringAsync($"/fhir/Task?based-on:identifier=https://fallings-park.example/gp-system/referrals|{reference}", Ct))!;
        Assert.Equal(1, found["total"]!.GetValue<int>());
        return found["entry"]![0]!["resource"]!;
    }

    private async Task<HttpClient> GpSystemAsync()
    {
        using var tokens = system.CreateTokenClient();
        var token = await tokens.ClientCredentialsAsync(GpClient, system.App.Secret($"{GpClient}-client"), ["referrals.fhir"], Ct);
        var http = system.CreateHttpClient("referrals");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return http;
    }

    private async Task MeasureAsync(Guid referralId, string point, int[] ons4)
    {
        using var http = await LinkWorkerApiAsync();
        using var measured = await http.PostAsJsonAsync($"/api/referrals/{referralId}/wellbeing", new
        {
            point,
            ons4 = new { lifeSatisfaction = ons4[0], worthwhile = ons4[1], happiness = ons4[2], anxiety = ons4[3] },
        }, Ct);
        Assert.True(measured.StatusCode == HttpStatusCode.Created, $"{(int)measured.StatusCode}: {await measured.Content.ReadAsStringAsync(Ct)}");
    }

    private async Task MoveAlongAsync(Guid referralId, params string[] statuses)
    {
        using var http = await LinkWorkerApiAsync();
        var worker = new LinkWorkerClient(http);
        foreach (var status in statuses)
        {
            using var moved = await worker.MoveAsync(referralId, status, "Going every week.");
            Assert.True(moved.StatusCode == HttpStatusCode.OK, $"{(int)moved.StatusCode}: {await moved.Content.ReadAsStringAsync(Ct)}");
        }
    }

    private async Task<HttpClient> LinkWorkerApiAsync()
    {
        using var tokens = system.CreateTokenClient();
        var token = await tokens.GetAccessTokenAsync(new TestAccount("link-worker", LinkWorker, system.DevelopmentPassword), ["openid", "referrals"], Ct);
        return system.CreateHttpClient("referrals", new BearerTokenHandler(token, new HttpClientHandler()));
    }

    /// <summary>A valid number from the top of the NHS's test range, well above the demo seeds' numbers, so the patient is new to the team.</summary>
    private static string NewNhsNumber()
    {
        while (true)
        {
            var stem = Random.Shared.Next(999_900_000, 1_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (NhsNumbers.CheckDigit(stem) is { } check)
            {
                return stem + check;
            }
        }
    }

    private static JsonObject Resource(JsonObject bundle, string type) =>
        bundle["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject()).First(r => r["resourceType"]!.GetValue<string>() == type);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
