using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>People's and carers' own account of their support, from the referrals service's experience report.</summary>
public sealed class ExperienceOutcomes(ReferralReportsClient reports) : IOutcomeSource
{
    public const string Source = "Referrals service: experience report";
    private const string People = "People's experience";
    private const string Carers = "Carers";
    private const string UnderFive = "Not shown when fewer than 5 answered.";

    public string Service => ReferralReportsClient.ServiceName;

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken) =>
        Of(await reports.ExperienceAsync(query.Quarter.From, query.Quarter.To, cancellationToken), query.Quarter.Name);

    /// <summary>The report's figures as the page shows them: as the service gave them, nothing worked out here.</summary>
    public static IReadOnlyList<OutcomeMeasure> Of(ExperienceReport report, string period)
    {
        OutcomeMeasure Measure(string section, string name, string value, string definition) => new(section, name, value, definition, Source, period);
        return
        [
            Measure(People, "Activity ratings received", ReportFormat.Given(report.AfterActivity.Answered),
                "After-activity surveys answered in the quarter: one is sent by a single-use link for each activity a person is recorded as attending. "
                + "Not shown when a rating or an equity group has fewer than 5 answers, which the total would give away."),
            Measure(People, "Mean rating of the activities", Rating(report.AfterActivity.MeanRating),
                $"The mean of those ratings, from 1 (very poor) to 5 (very good). {UnderFive}"),
            Measure(People, "People answering the I statements when their support ended", report.ClosingAnswered,
                "Surveys answered in the quarter by people whose referral closed as completed (National Voices' \"I statements\")."),
            .. report.IStatements.Select(s => Measure(People, $"Agree: \"{s.Statement}\"", ReportFormat.Share(s.Percent),
                $"Of the {s.Answered} people answering this statement in the quarter, the share who agree or strongly agree. {UnderFive}")),
            Measure(Carers, "Carers identified", report.Carers.Identified,
                "People referred in the quarter who said they look after someone."),
            Measure(Carers, "Carers known to be supported", report.Carers.Supported,
                "Of the carers identified, those with at least one connection to an activity or a volunteer accepted, attended or finished."),
            Measure(Carers, "Carers answering the carers' survey", report.Carers.Answered,
                "Carers' surveys answered in the quarter; the survey, modelled on the Survey of Adult Carers in England, is sent when a carer's referral closes as completed."),
            .. report.Carers.QualityOfLife.Select(s => Measure(Carers, $"At the best level: \"{s.Statement}\"", ReportFormat.Share(s.Percent),
                $"Of the {s.Answered} carers answering this question in the quarter, the share who chose the best of its three levels. {UnderFive}")),
        ];
    }

    private static string Rating(double? mean) => mean is { } given ? $"{ReportFormat.Number((decimal)given)} out of 5" : ReportFormat.Withheld;
}
