using System.Net.Http.Json;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// The link worker's whole journey through the real system: the web, identity, referrals, directory,
/// matching and the broker, with the demo seeds. Every page on the way is checked with axe and kept
/// as screenshots.
/// </summary>
public sealed class LinkWorkerJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string Provider = "org-wolverhampton-friendship-line";
    private const string Activity = "Weekly friendship call";

    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_link_worker_takes_a_person_from_referral_to_closing()
    {
        var page = await _web.SignInAsStaffAsync("lw.ama.owusu");
        var familyName = $"Journey{Random.Shared.Next(10_000, 99_999)}";

        // New referral.
        await page.GotoAsync("/link-worker/caseload");
        await page.VerifyPageAsync("lw-caseload");
        await page.GetByRole(AriaRole.Button, new() { Name = "New referral" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "The person is new to the team: refer someone new" }).ClickAsync();
        await page.VerifyPageAsync("lw-new-referral");
        await page.GetByLabel("Given name").FillAsync("Doris");
        await page.GetByLabel("Family name").FillAsync(familyName);
        await page.FillDateAsync("Date of birth", new DateOnly(1946, 5, 17));
        await page.GetByLabel("Phone call").CheckAsync();
        await page.GetByLabel("Phone number (optional)").FillAsync("01902 555123");
        await page.GetByLabel("Postcode").FillAsync("WV10 9QR");
        await page.GetByLabel("The person agrees to be referred").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.GetByLabel("GP practice").CheckAsync();
        await page.GetByLabel("Referrer's name").FillAsync("Dr Anita Patel");
        await page.GetByLabel("Reason for the referral").FillAsync("Lonely since her husband died; rarely leaves the house.");
        await page.GetByLabel("Routine").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Doris {familyName}");
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "received");
        await page.VerifyPageAsync("lw-referral-received");
        var referralPath = new Uri(page.Url).AbsolutePath;

        // Contacted, what matters, needs and a plan, then assessed.
        await MoveAsync(page, "Contacted", "Rang her; she would like company during the week.", verify: true);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a \"what matters\" note" }).ClickAsync();
        await page.VerifyPageAsync("lw-note");
        await page.GetByLabel("Conversation note").FillAsync("Misses chatting with her husband in the mornings; would like a regular call.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("would like a regular call");

        await page.GetByRole(AriaRole.Link, new() { Name = "Needs, interests and availability" }).ClickAsync();
        await page.GetByLabel("Loneliness and social isolation").CheckAsync();
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" })
        {
            await page.GetByLabel(day, new() { Exact = true }).CheckAsync();
        }
        await page.GetByLabel("Mornings (9am to 12pm)").CheckAsync();
        await page.VerifyPageAsync("lw-needs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save needs and interests" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToContainTextAsync("Needs and interests saved.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Agree a plan" }).ClickAsync();
        await page.Locator("#Input_Goals_0__Description").FillAsync("Talk to someone friendly every week");
        await page.Locator("#Input_Goals_0__Actions").FillAsync("Request the weekly friendship call\nTry the friendship cafe with her daughter");
        await page.FillDateAsync("Review the plan on", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(42)));
        await page.VerifyPageAsync("lw-plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-plan]")).ToContainTextAsync("Talk to someone friendly every week");
        await MoveAsync(page, "Assessed", "What matters conversation held; plan agreed.");

        // Wellbeing measured twice: four ONS4 lines and SWEMWBS, with the table alternative.
        await RecordWellbeingAsync(page, "Baseline", [4, 5, 4, 7], [2, 2, 2, 3, 3, 2, 3], verify: true);
        await RecordWellbeingAsync(page, "Follow-up", [6, 7, 6, 5], [3, 3, 3, 3, 4, 3, 3]);
        await Assertions.Expect(page.Locator("[data-chart='ons4'] polyline")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("[data-chart-table='ons4'] tbody tr")).ToHaveCountAsync(2);

        // The matcher learns of the referral from events: its suggestions, with reasons, follow.
        await WaitForSuggestionsAsync(page, referralPath);
        await Assertions.Expect(page.Locator("[data-suggestion] [data-reasons] li").First).ToBeVisibleAsync();
        await page.VerifyPageAsync("lw-referral-suggestions");

        // The directory search, from the referral: request a connection, with the person's consent to share their details.
        await page.GetByRole(AriaRole.Link, new() { Name = "Search the directory for this person" }).ClickAsync();
        await page.VerifyPageAsync("lw-search-for-person");
        await page.GetByLabel("Words to search for").FillAsync("friendship call");
        await page.GetByLabel("Near postcode").FillAsync("");
        await page.GetByLabel("Distance").SelectOptionAsync(new SelectOptionValue { Label = "Any distance" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var result = page.Locator("[data-activity]").Filter(new() { HasText = Activity });
        await result.GetByRole(AriaRole.Link, new() { Name = $"Request a connection for Doris to {Activity}" }).ClickAsync();
        await page.GetByLabel("The person agrees we share").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.VerifyPageAsync("lw-connect");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        var connection = page.Locator("[data-connection]").First;
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-connection-status", "requested");
        // Named as the directory lists it, although it was found by search rather than suggested.
        await Assertions.Expect(connection).ToContainTextAsync(Activity);
        var connectionId = Guid.Parse((await connection.GetAttributeAsync("data-connection"))!);
        await MoveAsync(page, "Connecting", "Asked the Friendship Line for a weekly call.");

        // The provider accepts, through the referrals API, as its own member of staff.
        await AcceptAsProviderAsync(connectionId);
        await page.GotoAsync(referralPath);
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-connection-status", "accepted");

        // Attended, then closed with the message back.
        await connection.GetByRole(AriaRole.Link, new() { Name = "Record attendance or outcome" }).ClickAsync();
        await page.GetByLabel("Attended").CheckAsync();
        await page.GetByLabel("Note (optional)").FillAsync("First call went well.");
        await page.VerifyPageAsync("lw-connection");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-connection-status", "attended");
        await MoveAsync(page, "Connected", "Her first call has happened.");
        await MoveAsync(page, "Follow-up", "Checking in after a month of calls.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Close the referral" }).ClickAsync();
        await page.GetByLabel("Completed").CheckAsync();
        await page.GetByLabel("Outcome").FillAsync("Has a weekly friendship call and feels less alone.");
        await page.GetByLabel("Summary for the referrer").FillAsync("Doris now has a weekly call from a volunteer; her wellbeing scores rose.");
        await page.VerifyPageAsync("lw-close");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close and send the message back" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "closed");
        await Assertions.Expect(page.Locator("[data-closure]")).ToContainTextAsync("weekly call from a volunteer");
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-connection-status", "finished");
        await Assertions.Expect(page.Locator("[data-timeline] tbody tr")).ToHaveCountAsync(7);
        await page.VerifyPageAsync("lw-referral-closed");
        await page.Context.CloseAsync();
    }

    /// <summary>Reloads the referral until the matcher's suggestions show; says what the page said if they never do.</summary>
    private async Task WaitForSuggestionsAsync(IPage page, string referralPath)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (true)
        {
            await page.GotoAsync(referralPath);
            if (await page.Locator("[data-suggestion]").CountAsync() > 0)
            {
                return;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                var said = await page.Locator("main").InnerTextAsync();
                Assert.Fail($"No suggestions on the referral's page. It said:\n{said[Math.Max(0, said.IndexOf("Suggestions", StringComparison.Ordinal))..]}\n{await system.RecentLogsAsync(30)}");
            }
            await Task.Delay(2000, TestContext.Current.CancellationToken);
        }
    }

    /// <param name="status">The service's name for the status, when it differs from the label.</param>
    private static async Task MoveAsync(IPage page, string label, string reason, bool verify = false)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Change status" }).ClickAsync();
        await page.GetByLabel(label, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Why").FillAsync(reason);
        if (verify)
        {
            await page.VerifyPageAsync("lw-status");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", label.ToLowerInvariant());
    }

    private static async Task RecordWellbeingAsync(IPage page, string point, int[] ons4, int[] swemwbs, bool verify = false)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Record wellbeing scores" }).ClickAsync();
        await page.GetByLabel(point, new() { Exact = true }).CheckAsync();
        var groups = await page.Locator("fieldset").AllAsync();
        // The point, then the four ONS4 questions, then the seven SWEMWBS statements, in the form's order.
        foreach (var (answer, group) in ons4.Concat(swemwbs).Zip(groups.Skip(1)))
        {
            await group.Locator($"input[value='{answer}']").CheckAsync();
        }
        if (verify)
        {
            await page.VerifyPageAsync("lw-wellbeing");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Record scores" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToContainTextAsync("Wellbeing scores recorded.");
    }

    private async Task AcceptAsProviderAsync(Guid connectionId)
    {
        using var tokens = system.CreateTokenClient();
        var staff = new TestAccount("vcse-staff", "vcse.marcia.henry", system.DevelopmentPassword);
        var token = await tokens.GetAccessTokenAsync(staff, ["openid", "referrals"], TestContext.Current.CancellationToken);
        using var http = system.CreateHttpClient("referrals", new BearerTokenHandler(token, new HttpClientHandler()));
        using var answer = await http.PostAsJsonAsync($"/api/providers/{SeedIds.ToGuid(Provider)}/connections/{connectionId}/answer",
            new { accept = true }, TestContext.Current.CancellationToken);
        Assert.True(answer.IsSuccessStatusCode, $"The provider's answer was refused: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }
}
