using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.CommunityDirectory.Apis.PartnerSurvey;

/// <summary>The VCSE partners' survey in aggregate, for commissioners and administrators: no organisation is named.</summary>
public static class PartnerSurveyReportApi
{
    public const int FirstYear = 2020;

    public static RouteGroupBuilder MapPartnerSurveyReportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/partner-survey", GetAsync).WithTags("Reports")
            .WithSummary("Percentage of VCSE partners agreeing with each statement in a year, suppressed under 5 organisations");
        return api;
    }

    public static async Task<Results<Ok<PartnerSurveyReport>, ValidationProblem>> GetAsync(
        int? year, DirectoryContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var thisYear = SurveyYear.Of(time);
        if (year is not { } asked || asked < FirstYear || asked > thisYear)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["year"] = [$"Give the survey's year, from {FirstYear} to {thisYear}."] },
                title: "The report covers one survey year.");
        }
        var responses = await db.PartnerSurveyResponses.AsNoTracking().Where(r => r.Year == asked).ToListAsync(cancellationToken);
        var shown = responses.Count >= Suppression.Threshold;
        return TypedResults.Ok(new PartnerSurveyReport(
            asked,
            Suppression.Count(responses.Count),
            [.. PartnerSurveyStatements.All.Select(s => new PartnerSurveyReportRow(s.Field, s.Text,
                shown ? Math.Round(100m * responses.Count(r => PartnerSurveyStatements.IsAgreement(s.AnswerOf(r))) / responses.Count, 1) : null))],
            shown ? [.. responses.Select(r => r.Comments).OfType<string>().Order(StringComparer.Ordinal)] : []));
    }
}
