using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>VCSE partners' views of the partnership, from the directory's yearly survey (the year the quarter ends in).</summary>
public sealed class PartnerSurveyOutcomes(PartnerSurveyClient survey) : IOutcomeSource
{
    public const string Source = "Community directory: VCSE partners' survey";

    public string Service => DirectoryClient.ServiceName;

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken)
    {
        var report = await survey.ReportAsync(query.Quarter.To.Year, cancellationToken);
        var period = report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new("VCSE partners", "VCSE organisations answering the partners' survey", report.Respondents,
                "VCSE organisations whose manager answered the yearly survey of the partnership for this calendar year.", Source, period),
            .. report.Statements.Select(s => new OutcomeMeasure("VCSE partners", $"Agree: \"{s.Statement}\"", PartnerSurveyWords.Percent(s.AgreePercent),
                "Share of the organisations answering that agree or strongly agree; not shown under 5 organisations.", Source, period)),
        ];
    }
}

public static class PartnerSurveyWords
{
    public static string Percent(decimal? percent) => ReportFormat.Share((double?)percent);
}
