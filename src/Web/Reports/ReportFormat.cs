using System.Globalization;
using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Web.Reports;

/// <summary>Figures as a UK report shows them: pounds to the penny, ratios to 2 places, fractions as percentages.</summary>
public static class ReportFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Money(decimal pounds) => Math.Round(pounds, 2, MidpointRounding.AwayFromZero).ToString("C2", EnGb);

    public static string Ratio(decimal ratio) => Math.Round(ratio, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Number(decimal value) => value.ToString("#,0.####", EnGb);

    /// <summary>1 → "1 day", 1.5 → "1.5 days": the unit agrees with the number.</summary>
    public static string Quantity(decimal value, string one, string many) => $"{Number(value)} {(value == 1m ? one : many)}";

    /// <summary>A quantity in a valuation set's unit ("hour", "WELLBY"), which names one: "67.5 hours", "1 WELLBY", "3 WELLBYs".</summary>
    public static string InUnits(decimal value, string unit) => Quantity(value, unit, unit.EndsWith('s') ? unit : unit + "s");

    /// <summary>What a report shows for a count or total a service withheld, so that no subtraction gives a "&lt;5" back.</summary>
    public const string Withheld = "Not shown";

    /// <summary>A count as a service gave it, or <see cref="Withheld"/>.</summary>
    public static string Given(string? count) => count ?? Withheld;

    /// <summary>A percentage as a service gave it (0 to 100, e.g. 83.3 → "83.3%"), or <see cref="Withheld"/> where it was worked out over fewer than 5.</summary>
    public static string Share(double? percent) => percent is { } given ? $"{given.ToString("0.#", CultureInfo.InvariantCulture)}%" : Withheld;

    /// <summary>A count as a report shows it ("&lt;5" under 5) with its unit: "&lt;5 people", "12 logs".</summary>
    public static string Count(long count, string many) => $"{Suppression.Count(count)} {many}";
}
