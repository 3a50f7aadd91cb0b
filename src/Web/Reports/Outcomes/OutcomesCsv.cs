namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>The outcomes page as CSV: one row per measure, its value exactly as the page shows it.</summary>
public static class OutcomesCsv
{
    public static string Write(IEnumerable<OutcomeMeasure> measures)
    {
        var csv = new CsvTable("measure", "value", "definition", "period");
        foreach (var measure in measures)
        {
            csv.Row(measure.Name, measure.Value, $"{measure.Definition} Source: {measure.Source}.", measure.Period);
        }
        return csv.ToString();
    }
}
