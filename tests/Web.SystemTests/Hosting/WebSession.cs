using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Web.SystemTests.Hosting;

/// <summary>
/// Opens the real web in the browser and signs in the way people do: staff through the identity
/// service's login form (OpenID Connect, code + PKCE), volunteers with a one-time code read from
/// the identity service's development outbox. Each session is a fresh browser context.
/// </summary>
public sealed class WebSession(SystemFixture system, ChromiumFixture chromium)
{
    public Uri Web => system.App.GetEndpoint("web");

    public Task<IPage> OpenAsync(Screen screen, bool javaScript = true) => chromium.NewPageAsync(Web, screen, javaScript);

    /// <summary>A staff user (seeded user name) signed in; the page is on the web's home page.</summary>
    public async Task<IPage> SignInAsStaffAsync(string userName, Screen? screen = null)
    {
        var page = await OpenAsync(screen ?? Screen.Desktop);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(system.DevelopmentPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(Web.ToString(), StringComparison.Ordinal) && !url.Contains("signin-oidc", StringComparison.Ordinal));
        return page;
    }

    /// <summary>A volunteer signed in with a one-time code sent to their email address or mobile number.</summary>
    public async Task<IPage> SignInAsVolunteerAsync(string identifier, Screen? screen = null, bool javaScript = true)
    {
        var page = await OpenAsync(screen ?? Screen.Phone, javaScript);
        await page.GotoAsync("/account/volunteer-sign-in");
        await page.GetByLabel("Email address or mobile number").FillAsync(identifier);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        using var tokens = system.CreateTokenClient();
        var code = await tokens.ReadDevelopmentCodeAsync(identifier)
            ?? throw new InvalidOperationException($"The development outbox holds no code for {identifier}.");
        await page.GetByLabel("Code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }
}
