using SocialPrescribing.Web.Pages.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>People's and carers' own account of their support, from the referrals service's experience report.</summary>
public sealed class ExperienceOutcomes(ReferralReportsClient reports) : IOutcomeSource
{
    public const string Source = "Referrals service: experience report";

    public string Service => ReferralReportsClient.ServiceName;

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken)
    {
        var report = await reports.ExperienceAsync(query.Quarter.From, query.Quarter.To, cancellationToken);
        var period = query.Quarter.Name;
        const string People = "People's experience";
        return
        [
            new(People, "People rating an activity they attended", ReportFormat.Given(report.AfterActivity.Answered),
                "People who answered the after-activity survey (sent by a single-use link once their attendance was recorded) in the quarter.", Source, period),
            new(People, "Mean rating of the activities", ExperienceModel.Mean(report.AfterActivity.MeanRating),
                "The mean of their ratings from 1 (very poor) to 5 (very good); not shown under 5 answers.", Source, period),
            new(People, "People answering when their support ended", report.ClosingAnswered,
                "People whose referral closed as completed who answered the I statements in the quarter.", Source, period),
            .. report.IStatements.Select(s => new OutcomeMeasure(People, $"Agree: \"{s.Statement}\"", ExperienceModel.Percent(s.Percent),
                "Share of those answering who agree or strongly agree; not shown under 5 answers.", Source, period)),
            new("Carers", "Carers identified", report.Carers.Identified,
                "People referred in the quarter who say they look after someone.", Source, period),
            new("Carers", "Carers known to be supported", report.Carers.Supported,
                "Carers referred in the quarter with at least one connection accepted, attended or finished.", Source, period),
            .. report.Carers.QualityOfLife.Select(s => new OutcomeMeasure("Carers", $"At the best level: \"{s.Statement}\"", ExperienceModel.Percent(s.Percent),
                "Share of carers answering the carers' survey who chose the best of the three answers; not shown under 5 answers.", Source, period)),
        ];
    }
}
