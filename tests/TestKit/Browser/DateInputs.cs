using System.Globalization;
using Microsoft.Playwright;

namespace SocialPrescribing.TestKit.Browser;

/// <summary>Typing a date into the NHS.UK date input (day, month and year boxes in a fieldset named by its legend).</summary>
public static class DateInputs
{
    public static ILocator DateInput(this IPage page, string legend) => page.Locator("body").DateInput(legend);

    /// <summary>The date input named <paramref name="legend"/> within <paramref name="scope"/> (a form with several alike, such as one per goal).</summary>
    public static ILocator DateInput(this ILocator scope, string legend) =>
        scope.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    public static Task FillDateAsync(this IPage page, string legend, DateOnly date) => page.Locator("body").FillDateAsync(legend, date);

    public static Task FillDateAsync(this IPage page, string legend, string day, string month, string year) =>
        page.Locator("body").FillDateAsync(legend, day, month, year);

    public static Task FillDateAsync(this ILocator scope, string legend, DateOnly date) =>
        scope.FillDateAsync(legend, date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture),
            date.Year.ToString(CultureInfo.InvariantCulture));

    public static async Task FillDateAsync(this ILocator scope, string legend, string day, string month, string year)
    {
        var group = scope.DateInput(legend);
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }
}
