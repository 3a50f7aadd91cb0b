using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace SocialPrescribing.TestKit.Browser;

/// <summary>What every browser test checks on a page: accessibility (axe-core) and a screenshot kept as an artefact.</summary>
public static class PageChecks
{
    // Evaluated rather than added as a <script>: the web's Content-Security-Policy refuses inline scripts, and the
    // browser's own evaluation is not subject to it.
    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(typeof(PageChecks).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AxeScript").Value!));

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Runs axe-core in the page; returns one line per violation (rule, help, where).</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(this IPage page)
    {
        await page.EvaluateAsync(AxeScript.Value);
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document)).violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)");
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }

    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var violations = await page.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe-core found on {page.Url}:\n" + string.Join('\n', violations));
    }

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/{name}-{screen}.png under the test output.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name, Screen screen)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}-{screen.Name}.png"), FullPage = true });
    }

    /// <summary>The page is accessible and is kept as screenshots at 360 px and on a desktop (the viewport is put back).</summary>
    public static async Task VerifyPageAsync(this IPage page, string name)
    {
        await page.AssertAccessibleAsync();
        var viewport = page.ViewportSize;
        foreach (var screen in new[] { Screen.Phone, Screen.Desktop })
        {
            await page.SetViewportSizeAsync(screen.Width, screen.Height);
            await page.ScreenshotAsync(name, screen);
        }
        if (viewport is not null)
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        }
    }
}
