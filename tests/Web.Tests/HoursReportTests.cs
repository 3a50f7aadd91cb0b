using Microsoft.Playwright;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

/// <summary>The hours report is ordered, totalled and shows counts only as the service suppressed them, on the page and in CSV.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HoursReportTests(WebFixture fixture)
{
    [Fact]
    public async Task Hours_are_sorted_by_organisation_or_by_hours_and_totalled_with_no_total_that_would_give_back_a_small_count()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop, Roles.Commissioner);
        await page.GotoAsync("/reports/hours");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show hours" }).ClickAsync();

        // "Sandwell Money Matters" before "Wolverhampton Friendship Line"; the service's "<5" kept as given.
        var rows = page.Locator("[data-hours-row]");
        Assert.Equal(["Sandwell Money Matters", "Wolverhampton Friendship Line"], await RowNamesAsync(page));
        await Assertions.Expect(rows.Nth(0).Locator("[data-volunteers]")).ToHaveTextAsync("<5");
        await Assertions.Expect(rows.Nth(1).Locator("[data-volunteers]")).ToHaveTextAsync("7");
        var total = page.Locator("[data-hours-total]");
        await Assertions.Expect(total).ToContainTextAsync("12 hours");
        await Assertions.Expect(total.Locator("[data-volunteers]")).ToHaveTextAsync("Not shown");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Order by").SelectOptionAsync("approved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show hours" }).ClickAsync();
        await page.WaitForURLAsync("**Order=approved**");
        Assert.Equal(["Wolverhampton Friendship Line", "Sandwell Money Matters"], await RowNamesAsync(page));

        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Download this report (CSV)" }).GetAttributeAsync("href");
        var csv = await (await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString())).TextAsync();
        Assert.Equal(
            "organisation,approved hours,hours waiting for approval,volunteers,logs\r\n" +
            "Wolverhampton Friendship Line,10,1.5,7,12\r\n" +
            "Sandwell Money Matters,2,0,<5,<5\r\n" +
            "Total,12,1.5,Not shown,Not shown\r\n", csv);
        await page.Context.CloseAsync();
    }

    private static async Task<IReadOnlyList<string>> RowNamesAsync(IPage page) =>
        [.. (await page.Locator("[data-hours-row] th").AllInnerTextsAsync()).Select(t => t.Trim())];
}
