using Microsoft.Playwright;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReportsTests(WebFixture fixture)
{
    [Fact]
    public async Task A_report_period_that_ends_before_it_starts_is_refused_next_to_the_last_day_and_the_dates_are_kept()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop, Roles.Commissioner);
        await page.GotoAsync("/reports");
        await page.Locator("#Input_From").FillAsync("2026-11-01");
        await page.Locator("#Input_To").FillAsync("2026-10-01");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show hours" }).ClickAsync();
        await page.WaitForURLAsync("**/reports?*");

        Assert.Equal("#Input_To", await page.Locator(".nhsuk-error-summary a").GetAttributeAsync("href"));
        Assert.Equal(("2026-11-01", "2026-10-01"), (await page.Locator("#Input_From").InputValueAsync(), await page.Locator("#Input_To").InputValueAsync()));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("reports-errors", Screen.Desktop);
        await page.Context.CloseAsync();
    }
}
