using System.Globalization;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>One line of a chart: its name, how it is drawn (colour and dash, so it is not told by colour alone) and its points.</summary>
public sealed record ChartSeries(string Name, string Colour, string Dash, IReadOnlyList<(int Index, double X, double Y, int Value)> Points)
{
    public string PolylinePoints => string.Join(' ', Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
}

/// <summary>
/// A server-drawn SVG line chart of scores over time (no JavaScript). ONS4's four questions are four
/// separate lines on one 0–10 scale, never added up; SWEMWBS is its own chart (7–35).
/// </summary>
public sealed class WellbeingChart
{
    // Room at both sides for the first and last dates under the axis.
    public const double Width = 640, Height = 260, Left = 60, Right = 50, Top = 20, Bottom = 40;

    private WellbeingChart(string id, string title, int min, int max, IReadOnlyList<Measurement> sittings, IReadOnlyList<(string Name, string Colour, string Dash, Func<Measurement, int?> Value)> lines)
    {
        Id = id;
        Title = title;
        Min = min;
        Max = max;
        Sittings = sittings;
        Series = [.. lines.Select(l => new ChartSeries(l.Name, l.Colour, l.Dash,
            [.. sittings.Select((m, i) => (m, i)).Where(x => l.Value(x.m) is not null).Select(x => (x.i, XOf(x.i), YOf(l.Value(x.m)!.Value), l.Value(x.m)!.Value))]))];
    }

    public string Id { get; }
    public string Title { get; }
    public int Min { get; }
    public int Max { get; }
    public IReadOnlyList<Measurement> Sittings { get; }
    public IReadOnlyList<ChartSeries> Series { get; }

    public IEnumerable<int> Ticks => Enumerable.Range(Min, Max - Min + 1).Where(v => (v - Min) % ((Max - Min) / 5 == 0 ? 1 : (Max - Min) / 5) == 0 || v == Max);

    public double XOf(int index) => Sittings.Count <= 1 ? Left + (Width - Left - Right) / 2 : Left + index * (Width - Left - Right) / (Sittings.Count - 1);

    public double YOf(int value) => Top + (Max - value) * (Height - Top - Bottom) / (Max - Min);

    public static string DateOf(Measurement m) => UkDates.Day(m.TakenAt);

    public static WellbeingChart? Ons4(IReadOnlyList<Measurement> measurements)
    {
        var sittings = measurements.Where(m => new[] { m.LifeSatisfaction, m.Worthwhile, m.Happiness, m.Anxiety }.Any(a => a is not null)).OrderBy(m => m.TakenAt).ToList();
        return sittings.Count == 0 ? null : new WellbeingChart("ons4", "ONS4 personal wellbeing (0 to 10)", 0, 10, sittings,
        [
            ("Life satisfaction", "#005eb8", "", m => m.LifeSatisfaction),
            ("Worthwhile", "#007f3b", "8 4", m => m.Worthwhile),
            ("Happiness", "#7c2855", "2 4", m => m.Happiness),
            ("Anxiety (lower is better)", "#d5281b", "12 4 2 4", m => m.Anxiety),
        ]);
    }

    public static WellbeingChart? Swemwbs(IReadOnlyList<Measurement> measurements)
    {
        // SWEMWBS is scored only when all seven statements were answered.
        var sittings = measurements.Where(m => m.SwemwbsItems is { Count: 7 } items && items.All(a => a is not null)).OrderBy(m => m.TakenAt).ToList();
        return sittings.Count == 0 ? null : new WellbeingChart("swemwbs", "SWEMWBS raw score (7 to 35)", 7, 35, sittings,
            [("SWEMWBS raw score", "#005eb8", "", m => m.SwemwbsItems?.Sum())]);
    }
}
