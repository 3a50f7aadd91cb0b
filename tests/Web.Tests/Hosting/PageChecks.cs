using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace SocialPrescribing.Web.Tests.Hosting;

public static class PageChecks
{
    private static readonly string AxeScript = typeof(PageChecks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AxeScript").Value!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Runs axe-core in the page; returns one line per violation (rule, help, where).</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(this IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
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
}
