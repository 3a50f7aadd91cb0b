using System.Globalization;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports;

/// <summary>
/// The geometry of the SROI sensitivity ("tornado") chart, drawn on the server as SVG: one bar per
/// assumption from the ratio at its low value to the ratio at its high value, and a line at the
/// base ratio. The table under the chart carries the same figures for anyone who cannot see it.
/// </summary>
public sealed record SensitivityChart(
    IReadOnlyList<SensitivityBar> Bars,
    double BaseX,
    IReadOnlyList<(double X, string Label)> Ticks,
    int Height)
{
    public const int Width = 720;
    public const int LabelWidth = 250;
    public const int PlotRight = Width - 40;
    public const int RowHeight = 36;
    public const int Top = 30;
    public const int AxisHeight = 40;

    public static SensitivityChart Of(SroiReportSensitivity sensitivity)
    {
        var (low, high) = Domain(sensitivity);
        double X(decimal ratio) => LabelWidth + (double)((ratio - low) / (high - low)) * (PlotRight - LabelWidth);

        var bars = sensitivity.Lines.Select((line, i) =>
        {
            var ends = new[] { line.RatioAtLow, line.RatioAtHigh, sensitivity.BaseRatio }.OfType<decimal>().ToList();
            var (from, to) = (ends.Min(), ends.Max());
            return new SensitivityBar(
                $"{Capitalised(line.Subject)}: {line.Assumption}",
                Top + i * RowHeight,
                X(from),
                Math.Max(X(to) - X(from), 2),
                ReportFormat.Ratio(from),
                ReportFormat.Ratio(to));
        }).ToList();
        var ticks = Enumerable.Range(0, 5)
            .Select(i => low + (high - low) * i / 4)
            .Select(r => (X(r), ReportFormat.Ratio(r)))
            .ToList();
        return new SensitivityChart(bars, X(sensitivity.BaseRatio), ticks, Top + bars.Count * RowHeight + AxisHeight);
    }

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>From the lowest to the highest ratio with a margin, so no bar touches the edge.</summary>
    private static (decimal Low, decimal High) Domain(SroiReportSensitivity s)
    {
        var (low, high) = (Math.Min(s.MinRatio, s.BaseRatio), Math.Max(s.MaxRatio, s.BaseRatio));
        var margin = high > low ? (high - low) / 10 : 0.5m;
        // A ratio that cannot fall below 0 is not drawn against a negative axis.
        return (low >= 0m ? Math.Max(0m, low - margin) : low - margin, high + margin);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

public sealed record SensitivityBar(string Label, double Y, double X, double Width, string From, string To);
