using System.Globalization;
using System.Text;

namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// Writes an <see cref="SroiReport"/> as one long CSV table (section, subject, year, item, value, note)
/// in the invariant culture: every input, adjustment, yearly figure, total and sensitivity result.
/// Money is already to the penny; ratios are shown to 2 places and factors exactly.
/// </summary>
public static class SroiCsv
{
    public static string Write(SroiReport report)
    {
        var csv = new StringBuilder();
        Row(csv, "section", "subject", "year", "item", "value", "note");
        WriteInputs(csv, report.Input);
        foreach (var outcome in report.Outcomes)
        {
            WriteOutcome(csv, outcome);
        }
        WriteTotals(csv, report.Totals);
        WriteSensitivity(csv, report.Sensitivity);
        return csv.ToString();
    }

    private static void WriteInputs(StringBuilder csv, SroiInput input)
    {
        var set = input.ValuationSet;
        Row(csv, "input", "", "", "organisation", Text(input.Organisation), "");
        Row(csv, "input", "", "", "programme", Text(input.Programme ?? ""), "");
        Row(csv, "input", "", "", "period", input.Period.ToString(), "");
        Row(csv, "input", "", "", "investment", Money(input.Investment), "GBP");
        Row(csv, "input", "", "", "valuation set", Text(set.Name), $"id {set.Id}; version {set.Version}; price year {set.PriceYear}");
        Row(csv, "input", "", "", "discount rate", Exact(set.DiscountRate.Value), Range(set.DiscountRate) + Text(set.DiscountRateSource));
        foreach (var (year, index) in set.PriceIndex.OrderBy(p => p.Key))
        {
            Row(csv, "input", "price index", year.ToString(CultureInfo.InvariantCulture), "index", Exact(index), Text(set.PriceIndexSource ?? ""));
        }
        foreach (var proxy in set.Proxies)
        {
            var licence = proxy.LicenceControlled ? $"; licence-controlled, entered by {proxy.Licensee}" : "";
            Row(csv, "proxy", Text(proxy.Code), "", "value", Money(proxy.Value),
                Text($"GBP per {proxy.Unit}; price year {proxy.PriceYear}; {Range(proxy.AsEstimate())}source: {proxy.Source}{licence}"));
        }
    }

    private static void WriteOutcome(StringBuilder csv, OutcomeLine o)
    {
        var name = Text(o.Name);
        void Item(string item, string value, string note = "") => Row(csv, "outcome", name, "", item, value, note);

        Item("proxy", Text(o.ProxyCode), Text($"{Money(o.ProxyValue)} per {o.Unit} in {o.ProxyPriceYear} prices"));
        Item("quantity", Exact(o.Quantity), Text(o.Unit));
        Item("price-year uprating factor", Factor(o.UpratingFactor), "price index of set year ÷ price index of proxy year");
        Item("value per unit", Money(o.ValuePerUnit), "proxy value × uprating factor");
        Item("gross value", Money(o.GrossValue), "quantity × value per unit");
        Item("deadweight", Exact(o.Deadweight));
        Item("after deadweight", Money(o.AfterDeadweight), "gross value × (1 − deadweight)");
        Item("displacement", Exact(o.Displacement));
        Item("after displacement", Money(o.AfterDisplacement), "after deadweight × (1 − displacement)");
        Item("attribution", Exact(o.Attribution));
        Item("year-1 impact", Money(o.YearOneImpact), "after displacement × (1 − attribution)");
        Item("drop-off", Exact(o.DropOff));
        Item("duration (years)", o.DurationYears.ToString(CultureInfo.InvariantCulture));
        foreach (var y in o.Years)
        {
            var year = y.Year.ToString(CultureInfo.InvariantCulture);
            Row(csv, "year", name, year, "share retained", Exact(y.ShareRetained), "(1 − drop-off)^(year − 1)");
            Row(csv, "year", name, year, "value", Money(y.Value), "year-1 impact × share retained");
            Row(csv, "year", name, year, "discount divisor", Exact(y.DiscountDivisor), "(1 + discount rate)^year");
            Row(csv, "year", name, year, "present value", Money(y.PresentValue), "value ÷ discount divisor");
        }
        Item("present value", Money(o.PresentValue), "sum of the years' present values");
    }

    private static void WriteTotals(StringBuilder csv, SroiTotals t)
    {
        Row(csv, "total", "", "", "present value", Money(t.PresentValue), "sum over outcomes");
        Row(csv, "total", "", "", "investment", Money(t.Investment), "");
        Row(csv, "total", "", "", "net present value", Money(t.PresentValue - t.Investment), "present value − investment");
        Row(csv, "total", "", "", "SROI ratio", Ratio(t.Ratio), "present value ÷ investment");
        Row(csv, "total", "", "", "net SROI ratio", Ratio(t.NetRatio), "(present value − investment) ÷ investment");
        Row(csv, "total", "", "", "year-1 impact", Money(t.YearOneImpact), "sum over outcomes, undiscounted");
        Row(csv, "total", "", "", "payback (months)",
            t.PaybackMonths is { } months ? Round(months, 1).ToString("0.0", CultureInfo.InvariantCulture) : "never",
            "investment ÷ (year-1 impact ÷ 12)");
    }

    private static void WriteSensitivity(StringBuilder csv, SensitivityAnalysis s)
    {
        Row(csv, "sensitivity", "", "", "base ratio", Ratio(s.BaseRatio), "");
        foreach (var line in s.Lines)
        {
            var subject = Text(line.Subject);
            if (line.Low is { } low)
            {
                Row(csv, "sensitivity", subject, "", $"{line.Assumption} at low", Ratio(line.RatioAtLow!.Value),
                    $"{line.Assumption} {Exact(low)} instead of {Exact(line.BaseValue)}");
            }
            if (line.High is { } high)
            {
                Row(csv, "sensitivity", subject, "", $"{line.Assumption} at high", Ratio(line.RatioAtHigh!.Value),
                    $"{line.Assumption} {Exact(high)} instead of {Exact(line.BaseValue)}");
            }
        }
        Row(csv, "sensitivity", "", "", "lowest ratio", Ratio(s.MinRatio), "");
        Row(csv, "sensitivity", "", "", "highest ratio", Ratio(s.MaxRatio), "");
    }

    private static string Range(Estimate e) =>
        (e.Low is { } low ? $"low {Exact(low)}; " : "") + (e.High is { } high ? $"high {Exact(high)}; " : "");

    private static decimal Round(decimal value, int places) => Math.Round(value, places, MidpointRounding.AwayFromZero);

    private static string Money(decimal value) => Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ratio(decimal value) => Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Factor(decimal value) => Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Free text from users must not start a spreadsheet formula when the CSV is opened (CSV injection).</summary>
    private static string Text(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Escape));
        csv.Append("\r\n");
    }

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
