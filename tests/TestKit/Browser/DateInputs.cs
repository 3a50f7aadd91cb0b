using System.Globalization;
using Microsoft.Playwright;

namespace SocialPrescribing.TestKit.Browser;

/// <summary>Typing a date into the NHS.UK date input (day, month and year boxes in a fieldset named by its legend).</summary>
public static class DateInputs
{
    public static ILocator DateInput(this IPage page, string legend) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    public static Task FillDateAsync(this IPage page, string legend, DateOnly date) =>
        page.FillDateAsync(legend, date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture),
            date.Year.ToString(CultureInfo.InvariantCulture));

    public static async Task FillDateAsync(this IPage page, string legend, string day, string month, string year)
    {
        var group = page.DateInput(legend);
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }
}
