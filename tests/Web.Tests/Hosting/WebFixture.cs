using Microsoft.Playwright;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>The stand-in services, the web, and Debian's Chromium driven by Playwright, shared by the assembly.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/lib/chromium/chromium";

    private StandInServices? _services;
    private WebServer? _web;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StandInServices Services => _services ?? throw new InvalidOperationException("Not started.");
    public WebServer Web => _web ?? throw new InvalidOperationException("Not started.");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _services = await StandInServices.StartAsync();
        _web = WebServer.Start(_services);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // No sandbox as root; no calls home (this machine's network refuses them, many at a time).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (cookies, storage, service workers) as a phone or a desktop.</summary>
    public async Task<IPage> NewPageAsync(Screen screen, string? signedInAs = null, bool javaScript = true, Uri? web = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (web ?? Web.BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsMobile,
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            ExtraHTTPHeaders = signedInAs is null ? null : new Dictionary<string, string> { [TestSignIn.Header] = signedInAs },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_web is not null) await _web.DisposeAsync();
        if (_services is not null) await _services.DisposeAsync();
    }
}

/// <summary>A screen size: 360 px wide first (a cheap phone), then a desktop.</summary>
public sealed record Screen(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Screen Phone = new("360", 360, 740, true);
    public static readonly Screen Desktop = new("desktop", 1280, 900, false);
}
