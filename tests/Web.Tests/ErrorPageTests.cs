using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ErrorPageTests(WebFixture fixture, VcseWeb vcse)
{
    [Fact]
    public async Task An_unknown_address_shows_the_page_not_found_page_not_a_problem_document()
    {
        var page = await fixture.NewPageAsync(Screen.Phone);

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("Page not found", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("page-not-found", Screen.Phone);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_activity_the_directory_does_not_have_is_not_found_rather_than_a_server_error()
    {
        var (page, _) = await vcse.SignInAsync(fixture, Roles.VcseManager);

        var response = await page.GotoAsync($"/vcse/activities/{Guid.NewGuid()}");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
