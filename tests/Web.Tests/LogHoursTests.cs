using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LogHoursTests(WebFixture fixture)
{
    private readonly Guid _volunteer = Guid.NewGuid();

    [Fact]
    public async Task Missing_answers_show_the_NHS_UK_error_summary_linking_to_each_field_and_keep_what_was_typed()
    {
        var page = await OpenFormAsync(javaScript: true);
        await page.Locator("#Input_Note").FillAsync("Phoned two members");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send hours" }).ClickAsync();
        await page.WaitForURLAsync("**/volunteer/log-hours");

        var summary = page.Locator(".nhsuk-error-summary");
        Assert.Equal("There is a problem", (await summary.Locator("h2").InnerTextAsync()).Trim());
        Assert.Equal(["#Input_OrganisationId", "#Input_Hours"],
            await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Equal(2, await page.Locator(".nhsuk-form-group--error").CountAsync());
        Assert.Equal("Error: Enter how long you volunteered for", (await page.Locator("#Input_Hours-error").TextContentAsync())!.Trim());
        Assert.Contains("Input_Hours-error", await page.Locator("#Input_Hours").GetAttributeAsync("aria-describedby"));
        Assert.StartsWith("Error:", await page.TitleAsync());
        Assert.Equal("Phoned two members", await page.Locator("#Input_Note").InputValueAsync());
        Assert.Equal(0, fixture.Services.PostsOf(_volunteer));

        await summary.Locator("a[href='#Input_Hours']").ClickAsync();
        Assert.Equal("Input_Hours", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("log-hours-errors", Screen.Phone);
        await page.SetViewportSizeAsync(Screen.Desktop.Width, Screen.Desktop.Height);
        await page.ScreenshotAsync("log-hours-errors", Screen.Desktop);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Logged_hours_are_sent_once_and_listed_with_the_totals()
    {
        var page = await OpenFormAsync(javaScript: true);
        await page.ScreenshotAsync("log-hours", Screen.Phone);
        await FillAsync(page, "1", "30");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send hours" }).ClickAsync();
        await page.WaitForURLAsync("**/volunteer/hours?logged=*");

        var log = Assert.Single(fixture.Services.LogsOf(_volunteer));
        Assert.Equal((StandInServices.FriendshipLine, StandInServices.TelephoneBefriending, 90, "Phoned two members"),
            (log.OrganisationId, log.ActivityId, log.Minutes, log.Note));
        Assert.Equal(1, fixture.Services.PostsOf(_volunteer));
        var listed = await page.Locator($"[data-log-id='{log.Id}']").InnerTextAsync();
        Assert.Contains("Wolverhampton Friendship Line – Telephone befriending", listed);
        Assert.Contains("Waiting for approval", listed);
        Assert.Contains("1 hour 30 minutes waiting for approval", await page.Locator("[data-totals]").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("your-hours", Screen.Phone);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Hours_logged_without_signal_are_kept_on_the_phone_and_sent_once_when_the_signal_returns()
    {
        var page = await OpenFormAsync(javaScript: true);
        await FillAsync(page, "", "45");

        await page.Context.SetOfflineAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send hours" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-offline-queue]")).ToContainTextAsync("1 log is kept on this phone");
        Assert.Equal(0, fixture.Services.PostsOf(_volunteer));
        // Cleared, so it is not sent twice by mistake, and said where the eye is.
        Assert.Equal(("", "", ""), (await page.Locator("#Input_Minutes").InputValueAsync(), await page.Locator("#Input_Hours").InputValueAsync(), await page.Locator("#Input_Note").InputValueAsync()));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('[data-offline-queue]').contains(document.activeElement)"));

        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("[data-offline-queue]")).ToContainTextAsync("has been sent");

        var log = Assert.Single(fixture.Services.LogsOf(_volunteer));
        Assert.Equal(45, log.Minutes);
        Assert.Equal(1, fixture.Services.PostsOf(_volunteer));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_a_service_that_is_down_is_named_plainly_and_what_was_typed_is_kept()
    {
        var page = await OpenFormAsync(javaScript: false);
        await FillAsync(page, "2", "");
        fixture.Services.Down = true;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Send hours" }).ClickAsync();
            await page.WaitForURLAsync("**/volunteer/log-hours");
        }
        finally
        {
            fixture.Services.Down = false;
        }

        Assert.Contains("volunteering service is not answering", await page.Locator("[data-service-problem]").InnerTextAsync());
        Assert.Equal(StandInServices.FriendshipLine.ToString(), await page.Locator("#Input_OrganisationId").InputValueAsync());
        Assert.Equal(StandInServices.TelephoneBefriending.ToString(), await page.Locator("#Input_ActivityId").InputValueAsync());
        Assert.Equal("2", await page.Locator("#Input_Hours").InputValueAsync());
        Assert.Equal("Phoned two members", await page.Locator("#Input_Note").InputValueAsync());
        Assert.Empty(fixture.Services.LogsOf(_volunteer));
        await page.ScreenshotAsync("log-hours-service-down", Screen.Phone);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenFormAsync(bool javaScript)
    {
        var page = await fixture.NewPageAsync(Screen.Phone, TestSignIn.VolunteerHeader(_volunteer), javaScript);
        await page.GotoAsync("/volunteer/log-hours");
        if (javaScript)
        {
            // axe-core runs in the page, so only where JavaScript is on; the same page is checked with it.
            await page.AssertAccessibleAsync();
        }
        return page;
    }

    private static async Task FillAsync(IPage page, string hours, string minutes)
    {
        await page.Locator("#Input_OrganisationId").SelectOptionAsync(new SelectOptionValue { Label = "Wolverhampton Friendship Line" });
        await page.Locator("#Input_ActivityId").SelectOptionAsync(new SelectOptionValue { Label = "Telephone befriending" });
        await page.Locator("#Input_Hours").FillAsync(hours);
        await page.Locator("#Input_Minutes").FillAsync(minutes);
        await page.Locator("#Input_Note").FillAsync("Phoned two members");
    }
}
