using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(WebFixture fixture)
{
    [Fact]
    public async Task A_volunteer_signs_in_with_a_one_time_code_and_a_wrong_code_is_refused_next_to_the_field()
    {
        await using var web = WebServer.Start(fixture.Services, WithProvider);
        var page = await fixture.NewPageAsync(Screen.Phone, web: web.BaseAddress);
        await page.GotoAsync("/volunteer/log-hours");
        Assert.EndsWith("/account/volunteer-sign-in", new Uri(page.Url).AbsolutePath);
        await page.AssertAccessibleAsync();

        await page.Locator("#Input_Identifier").FillAsync("margaret.hughes@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        await page.Locator("#Input_Code").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal("#Input_Code", await page.Locator(".nhsuk-error-summary a").GetAttributeAsync("href"));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("volunteer-sign-in-errors", Screen.Phone);

        await page.Locator("#Input_Code").FillAsync(StandInServices.OneTimeCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/volunteer/log-hours");

        Assert.Equal("Margaret Hughes", (await page.Locator("[data-signed-in-as]").InnerTextAsync()).Trim());
        Assert.Equal("Log your hours", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(web.BaseAddress.ToString());
        Assert.Equal(0, await page.Locator("[data-signed-in-as]").CountAsync());
        await page.Context.CloseAsync();
    }

    private IReadOnlyDictionary<string, string> WithProvider => new Dictionary<string, string>
    {
        ["Oidc:Authority"] = fixture.Services.BaseAddress.ToString(),
        ["Oidc:ClientId"] = "web",
        ["Oidc:Scopes"] = "profile roles volunteering",
    };

    [Fact]
    public async Task Signing_in_sends_the_browser_to_the_configured_provider_with_the_code_flow_and_PKCE()
    {
        // Only configuration names the provider, so another OpenID Connect provider can replace ours.
        await using var web = WebServer.Start(fixture.Services, WithProvider);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = web.BaseAddress };

        using var response = await browser.GetAsync("/account/sign-in?returnUrl=%2Fvolunteer%2Fhours", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(new Uri(fixture.Services.BaseAddress, "connect/authorize").GetLeftPart(UriPartial.Path), location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("web", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(new Uri(web.BaseAddress, "/signin-oidc").ToString(), query["redirect_uri"]);
        Assert.Equal(["openid", "profile", "roles", "volunteering"], query["scope"].ToString().Split(' ').Order());
    }

    [Fact]
    public async Task A_signed_out_volunteer_is_sent_to_sign_in_with_a_one_time_code()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Web.BaseAddress };

        using var response = await browser.GetAsync("/volunteer/log-hours", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/volunteer-sign-in", response.Headers.Location!.AbsolutePath);
    }
}
