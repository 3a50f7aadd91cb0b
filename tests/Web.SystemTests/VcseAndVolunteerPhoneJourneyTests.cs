using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// What stopped a VCSE manager and a volunteer on a phone (issue 15, items 6 and 7), on the whole system:
/// a secret changed without asking, hours approved one tick at a time, a form left filled in after an
/// offline save, a history one long page, a waiting log that could not be put right, a 48-option list.
/// </summary>
public sealed class VcseAndVolunteerPhoneJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    // Tomasz rather than Margaret: one-time codes are limited per person, and other journeys sign Margaret in.
    private const string Volunteer = "tomasz.kowalczyk@example.org";
    private static readonly Guid VolunteerId = SeedIds.ToGuid("vol-tomasz-kowalczyk");
    private static readonly Guid PolishClub = SeedIds.ToGuid("org-walsall-polish-club");

    private readonly WebSession _web = new(system, chromium);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Changing_an_API_clients_secret_asks_first_names_the_client_and_shows_no_false_error()
    {
        using var setup = new VcseSetup(system);
        var page = await _web.SignInAsStaffAsync("vcse.marcia.henry");
        await page.GotoAsync("/vcse/api-clients");
        await page.GetByLabel("Name").FillAsync("Room bookings");
        await page.GetByLabel("Read the directory's activities").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create client" }).ClickAsync();
        var firstSecret = (await page.Locator("[data-client-secret]").InnerTextAsync()).Trim();
        var clientId = (await page.Locator("[data-new-secret] [data-client-id]").InnerTextAsync()).Trim();
        await page.GetByRole(AriaRole.Link, new() { Name = "I have copied the secret" }).ClickAsync();

        // "Change secret" opens a page that asks, naming the client; the secret still works meanwhile.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change secret of Room bookings" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change the secret of Room bookings?");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The current secret stops working at once");
        await page.VerifyPageAsync("vcse-api-client-change-secret-confirm");
        Assert.True(await setup.ClientCanSignInAsync(clientId, firstSecret));

        await page.GetByRole(AriaRole.Button, new() { Name = "Change secret" }).ClickAsync();
        var newSecret = (await page.Locator("[data-client-secret]").InnerTextAsync()).Trim();
        Assert.Equal(0, await page.Locator(".nhsuk-error-summary, .nhsuk-error-message").CountAsync());
        Assert.DoesNotContain("Enter a name", await page.Locator("main").InnerTextAsync());
        await page.VerifyPageAsync("vcse-api-client-secret-changed");
        Assert.NotEqual(firstSecret, newSecret);
        Assert.False(await setup.ClientCanSignInAsync(clientId, firstSecret));
        Assert.True(await setup.ClientCanSignInAsync(clientId, newSecret));

        // Revoking asks too, by name.
        await page.GotoAsync("/vcse/api-clients");
        await page.GetByRole(AriaRole.Link, new() { Name = "Revoke Room bookings" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Revoke Room bookings?");
        await page.VerifyPageAsync("vcse-api-client-revoke-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke client" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Room bookings is revoked.");
        Assert.False(await setup.ClientCanSignInAsync(clientId, newSecret));
    }

    [Fact]
    public async Task A_provider_answering_a_request_sees_why_the_person_was_referred()
    {
        using var setup = new VcseSetup(system);
        var (_, connection) = await setup.RequestPlaceAsync("Edna", "Baker", VcseSetup.FriendshipCalls);
        var page = await _web.SignInAsStaffAsync("vcse.marcia.henry", Screen.Phone);
        await page.GotoAsync("/vcse/requests");

        var request = page.Locator($"[data-connection-id='{connection}']");
        await Assertions.Expect(request).ToContainTextAsync("Edna Baker");
        await Assertions.Expect(request.Locator("[data-why]")).ToContainTextAsync("Lonely since moving to the area.");
        await page.VerifyPageAsync("vcse-request-why");
    }

    [Fact]
    public async Task A_VCSE_manager_sees_the_oldest_waiting_hours_flagged_and_approves_all_shown_at_once()
    {
        using var volunteering = await system.AsVolunteerAsync(Volunteer, Ct);
        var fresh = await LogAsync(volunteering, VcseSetup.FriendshipLine, Today(), 40, "Rang two members this morning");
        var page = await _web.SignInAsStaffAsync("vcse.marcia.henry");
        await page.GotoAsync("/vcse/hours");

        var logs = page.Locator("[data-log-id]");
        var shown = await logs.CountAsync();
        Assert.True(shown >= 1);
        // Oldest first: the demo data holds hours sent weeks ago, flagged; the one sent today is last and not flagged.
        await Assertions.Expect(logs.First.Locator("[data-waited-long]")).ToContainTextAsync("Waiting");
        await Assertions.Expect(page.Locator($"[data-log-id='{fresh}']")).ToContainTextAsync("Sent today");
        Assert.Equal(0, await page.Locator($"[data-log-id='{fresh}'] [data-waited-long]").CountAsync());
        await page.VerifyPageAsync("vcse-hours-oldest-flagged");

        // One button, no ticking, no JavaScript needed: it posts every log the page showed.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Approve all {shown} shown" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(shown == 1 ? "1 log approved." : $"{shown} logs approved.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No hours are waiting for approval.");
        await page.VerifyPageAsync("vcse-hours-all-approved");
        Assert.Equal("approved", (await LogOfAsync(volunteering, fresh))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_volunteer_on_a_phone_types_hours_and_minutes_gets_a_cleared_form_after_an_offline_save_pages_and_filters_their_history_and_corrects_or_withdraws_a_waiting_log()
    {
        var page = await _web.SignInAsVolunteerAsync(Volunteer, Screen.Phone);
        using var volunteering = await system.AsVolunteerAsync(Volunteer, Ct);
        var today = Today();
        var logged = new List<Guid>();
        for (var i = 0; i < 11; i++)
        {
            logged.Add(await LogAsync(volunteering, PolishClub, today, 15 + i, $"Drove member {i + 1} to the club"));
        }

        // How long: two small boxes, not a 48-option list.
        await page.GotoAsync("/volunteer/log-hours");
        Assert.Equal(0, await page.Locator("select#Input_Minutes").CountAsync());
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = "Walsall Polish Community Club" });
        await page.GetByLabel("Your role").SelectOptionAsync(new SelectOptionValue { Label = "befriender" });
        await page.GetByLabel("Hours", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("Minutes", new() { Exact = true }).FillAsync("75");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send hours" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Minutes must be 59 or fewer");
        await page.VerifyPageAsync("volunteer-log-hours-how-long-error");

        // Saved without signal: the form clears and the notice is where the eye is.
        await page.GetByLabel("Minutes", new() { Exact = true }).FillAsync("20");
        await page.GetByLabel("Note (optional)").FillAsync("Visited Mr K at home, no signal there.");
        await page.Context.SetOfflineAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send hours" }).ClickAsync();
        var notice = page.Locator("[data-offline-queue] .nhsuk-inset-text");
        await Assertions.Expect(notice).ToContainTextAsync("Saved. 1 log is kept on this phone");
        await Assertions.Expect(notice).ToBeFocusedAsync();
        await Assertions.Expect(notice).ToBeInViewportAsync();
        Assert.Equal(("", "", ""), (
            await page.GetByLabel("Hours", new() { Exact = true }).InputValueAsync(),
            await page.GetByLabel("Minutes", new() { Exact = true }).InputValueAsync(),
            await page.GetByLabel("Note (optional)").InputValueAsync()));
        Assert.Equal(0, await page.Locator(".nhsuk-error-summary, .nhsuk-error-message").CountAsync());
        await page.VerifyPageAsync("volunteer-log-hours-offline-cleared");
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("[data-offline-queue]")).ToContainTextAsync("has been sent");

        // "Your hours": a page at a time, narrowed to one organisation, status and month.
        await page.GotoAsync("/volunteer/hours");
        Assert.True(await page.Locator("[data-hour-logs] > li").CountAsync() <= 10);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight") < 6000);
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = "Walsall Polish Community Club" });
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Waiting for approval" });
        await page.GetByLabel("Month").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show logs" }).ClickAsync();
        var cards = page.Locator("[data-hour-logs] > li");
        await Assertions.Expect(cards).ToHaveCountAsync(10);
        foreach (var card in await cards.AllAsync())
        {
            await Assertions.Expect(card).ToContainTextAsync("Walsall Polish Community Club");
            await Assertions.Expect(card).ToContainTextAsync("Waiting for approval");
        }
        await page.VerifyPageAsync("volunteer-hours-filtered-page-1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Older logs" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-page-number]")).ToContainTextAsync("Page 2");
        Assert.True(await cards.CountAsync() >= 2);
        await Assertions.Expect(page.GetByLabel("Status")).ToHaveValueAsync("submitted");
        await page.VerifyPageAsync("volunteer-hours-filtered-page-2");

        // Correct a waiting log; a change made elsewhere since the page was opened is not overwritten.
        var corrected = logged[0];
        await page.GotoAsync($"/volunteer/hours/{corrected}/correct");
        await Assertions.Expect(page.GetByLabel("Minutes", new() { Exact = true })).ToHaveValueAsync("15");
        await page.VerifyPageAsync("volunteer-correct-log");
        await CorrectElsewhereAsync(volunteering, corrected, today, 16);
        await page.GetByLabel("Minutes", new() { Exact = true }).FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-problem]")).ToContainTextAsync("changed on another device");
        await Assertions.Expect(page.GetByLabel("Minutes", new() { Exact = true })).ToHaveValueAsync("45");
        Assert.Equal(16, (await LogOfAsync(volunteering, corrected))["minutes"]!.GetValue<int>());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-done]")).ToContainTextAsync("now says 45 minutes");
        Assert.Equal(45, (await LogOfAsync(volunteering, corrected))["minutes"]!.GetValue<int>());

        // Withdraw one logged twice by mistake, after being asked.
        // The newest of those logged above: on the first page of "Your hours", where the correction left the volunteer.
        var withdrawn = logged[^1];
        await page.Locator($"[data-log-id='{withdrawn}']").GetByRole(AriaRole.Link, new() { Name = "Withdraw" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Withdraw your log for");
        await page.VerifyPageAsync("volunteer-withdraw-log");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw log" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-done]")).ToContainTextAsync("is withdrawn");
        await page.VerifyPageAsync("volunteer-hours-after-withdrawal");
        Assert.Equal("withdrawn", (await LogOfAsync(volunteering, withdrawn))["status"]!.GetValue<string>());
        await page.GotoAsync($"/volunteer/hours?status=withdrawn");
        await Assertions.Expect(page.Locator($"[data-log-id='{withdrawn}']")).ToContainTextAsync("Withdrawn");
        Assert.Equal(0, await page.Locator($"[data-log-id='{withdrawn}'] a").CountAsync());
    }

    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    private static async Task<Guid> LogAsync(HttpClient volunteering, Guid organisationId, DateOnly date, int minutes, string note)
    {
        var id = Guid.NewGuid();
        using var response = await volunteering.PostAsJsonAsync($"/api/volunteers/{VolunteerId}/hours",
            new { id, organisationId, role = "befriender", date, minutes, note }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return id;
    }

    /// <summary>The same log read and corrected from another device, which moves its version on.</summary>
    private static async Task CorrectElsewhereAsync(HttpClient volunteering, Guid logId, DateOnly date, int minutes)
    {
        var path = $"/api/volunteers/{VolunteerId}/hours/{logId}";
        using var read = await volunteering.GetAsync(path, Ct);
        using var correction = new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = JsonContent.Create(new { id = logId, organisationId = PolishClub, role = "befriender", date, minutes }),
        };
        correction.Headers.IfMatch.Add(read.Headers.ETag!);
        using var response = await volunteering.SendAsync(correction, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<JsonNode> LogOfAsync(HttpClient volunteering, Guid logId) =>
        (await volunteering.GetFromJsonAsync<JsonNode>($"/api/volunteers/{VolunteerId}/hours/{logId}", Ct))!;
}
