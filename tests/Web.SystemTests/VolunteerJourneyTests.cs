using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>A volunteer on a 360 px phone logs hours, one of them without signal, and each arrives once.</summary>
public sealed class VolunteerJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string Volunteer = "margaret.hughes@example.org";
    private static readonly Guid VolunteerId = SeedIds.ToGuid("vol-margaret-hughes");

    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_volunteer_logs_hours_online_and_offline_on_a_phone_and_each_arrives_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await _web.SignInAsVolunteerAsync(Volunteer, Screen.Phone);
        // One token for the checks below: one-time codes are limited per person.
        using var volunteering = await system.AsVolunteerAsync(Volunteer, ct);
        Assert.Equal(Screen.Phone.Width, page.ViewportSize!.Width);

        await page.GotoAsync("/volunteer/log-hours");
        await page.VerifyPageAsync("volunteer-log-hours");
        var onlineId = await LogAsync(page, "1", "", "Phoned two members from the office.");
        await page.WaitForURLAsync($"**/volunteer/hours?logged={onlineId}");
        await page.VerifyPageAsync("volunteer-hours-sent");

        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Log hours" }).ClickAsync();
        await page.WaitForURLAsync("**/volunteer/log-hours");
        await page.Context.SetOfflineAsync(true);
        var offlineId = await LogAsync(page, "", "45", "Phoned a member from the allotment, no signal.");
        await Assertions.Expect(page.Locator("[data-offline-queue]")).ToContainTextAsync("1 log is kept on this phone");
        await page.VerifyPageAsync("volunteer-log-hours-offline");
        Assert.Equal(0, await CountAsync(volunteering, offlineId, ct));

        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("[data-offline-queue]")).ToContainTextAsync("has been sent");
        await page.VerifyPageAsync("volunteer-log-hours-synced");

        await page.GotoAsync("/volunteer/hours");
        await Assertions.Expect(page.Locator($"[data-log-id='{offlineId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"[data-log-id='{offlineId}']")).ToContainTextAsync("45 minutes");
        await Assertions.Expect(page.Locator($"[data-log-id='{onlineId}']")).ToHaveCountAsync(1);
        await page.VerifyPageAsync("volunteer-hours-history");

        // The volunteering service holds one log for each id the phone made, even when the phone sends it again.
        Assert.Equal(1, await CountAsync(volunteering, offlineId, ct));
        Assert.Equal(1, await CountAsync(volunteering, onlineId, ct));
        await ResendAsync(volunteering, offlineId, ct);
        Assert.Equal(1, await CountAsync(volunteering, offlineId, ct));
    }

    /// <summary>Fills the form in a few taps and sends it; returns the id the page made for the log.</summary>
    private static async Task<Guid> LogAsync(IPage page, string hours, string minutes, string note)
    {
        // The organisation is chosen already when the volunteer gives time to one; today is the default date.
        await page.GetByLabel("Hours", new() { Exact = true }).FillAsync(hours);
        await page.GetByLabel("Minutes", new() { Exact = true }).FillAsync(minutes);
        await page.GetByLabel("Note (optional)").FillAsync(note);
        var id = Guid.Parse(await page.Locator("input[name='Input.Id']").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Send hours" }).ClickAsync();
        return id;
    }

    private static async Task<int> CountAsync(HttpClient volunteering, Guid logId, CancellationToken ct)
    {
        var logs = (await volunteering.GetFromJsonAsync<JsonObject>($"/api/volunteers/{VolunteerId}/hours?perPage=200", ct))!["items"]!.AsArray();
        return logs.Count(l => l!["id"]!.GetValue<Guid>() == logId);
    }

    /// <summary>What a phone does when it never heard the answer: sends the same log, same id and content, again.</summary>
    private static async Task ResendAsync(HttpClient volunteering, Guid logId, CancellationToken ct)
    {
        var log = (await volunteering.GetFromJsonAsync<JsonObject>($"/api/volunteers/{VolunteerId}/hours?perPage=200", ct))!["items"]!.AsArray().Single(l => l!["id"]!.GetValue<Guid>() == logId)!;
        using var response = await volunteering.PostAsJsonAsync($"/api/volunteers/{VolunteerId}/hours", new
        {
            id = logId,
            organisationId = log["organisationId"]!.GetValue<Guid>(),
            activityId = log["activityId"]?.GetValue<Guid>(),
            role = log["role"]!.GetValue<string>(),
            date = log["date"]!.GetValue<string>(),
            minutes = log["minutes"]!.GetValue<int>(),
            note = log["note"]?.GetValue<string>(),
        }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
