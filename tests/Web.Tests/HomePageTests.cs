using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(WebFixture fixture)
{
    [Fact]
    public async Task The_home_page_wears_the_NHS_UK_design_system_and_passes_axe_on_a_phone_and_a_desktop()
    {
        var page = await fixture.NewPageAsync(Screen.Phone);
        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("#maincontent", await page.Locator("a.nhsuk-skip-link").GetAttributeAsync("href"));
        // NHS blue (#005eb8 = rgb(0, 94, 184)) comes only from the NHS.UK stylesheet the build copied in.
        Assert.Equal("rgb(0, 94, 184)", await page.Locator("header.nhsuk-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.True(await page.Locator("footer.nhsuk-footer").IsVisibleAsync());
        // The matcher is on a closed port in these tests: the page says so plainly.
        Assert.Contains("matching service is not answering", await page.Locator("main").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("home", Screen.Phone);

        await page.SetViewportSizeAsync(Screen.Desktop.Width, Screen.Desktop.Height);
        await page.ScreenshotAsync("home", Screen.Desktop);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_volunteer_is_offered_logging_hours_their_own_hours_their_invitations_their_reminders_and_their_equality_information_and_nothing_for_staff()
    {
        var page = await fixture.NewPageAsync(Screen.Phone, TestSignIn.VolunteerHeader(Guid.NewGuid()));
        await page.GotoAsync("/");

        var offered = await page.Locator("[data-role-home] .nhsuk-card__link").AllInnerTextsAsync();

        Assert.Equal(["Log hours", "Your hours", "Invitations", "Reminders", "Equality information"], offered.Select(t => t.Trim()));
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
