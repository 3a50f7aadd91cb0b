using Microsoft.Playwright;
using Xunit;

namespace SocialPrescribing.TestKit.Browser;

/// <summary>Debian's Chromium driven by Playwright (no browser download), shared by a test assembly.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/lib/chromium/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
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
    public async Task<IPage> NewPageAsync(Uri baseAddress, Screen screen, bool javaScript = true, IDictionary<string, string>? headers = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsMobile,
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            ExtraHTTPHeaders = headers,
        });
        // Generous: on two cores shared with whole systems under test, a page that calls two services can take
        // many seconds; a test waits for what a user would see, not for a stopwatch.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
