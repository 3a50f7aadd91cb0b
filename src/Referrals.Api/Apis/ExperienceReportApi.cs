using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Http.Referrals;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Surveys;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>
/// People's experience for a quarter that has ended (surveys answered in it): after-activity ratings, agreement with the
/// I statements, carers' quality of life and how many carers were identified and supported, each broken down by the
/// equity dimensions of the referrals report. Figures only, every count under 5 suppressed.
/// </summary>
public static class ExperienceReportApi
{
    private static readonly ConnectionStatus[] Connected = [ConnectionStatus.Accepted, ConnectionStatus.Attended, ConnectionStatus.Finished];

    public static RouteGroupBuilder MapExperienceReportApi(this RouteGroupBuilder reports)
    {
        reports.MapGet("/experience", ExperienceAsync);
        return reports;
    }

    public static async Task<Results<Ok<ExperienceReport>, ValidationProblem>> ExperienceAsync(
        DateOnly? from, DateOnly? to, Guid? teamId, ClaimsPrincipal user, DeprivationTable deprivation, ReferralsContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (ReportScope.Of(user, from, to, teamId, time, out var refused) is not { } scope)
        {
            return TypedResults.ValidationProblem(refused, title: ReportScope.RefusedTitle);
        }
        var answered = await db.Surveys.AsNoTracking()
            .Where(s => s.AnsweredAt >= scope.Start && s.AnsweredAt < scope.End && (scope.TeamId == null || s.TeamId == scope.TeamId))
            .Join(db.Referrals, s => s.ReferralId, r => r.Id, (s, r) => new { Survey = s, r.PersonId })
            .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new Answer(x.Survey.Kind, x.Survey.Choices!, p))
            .ToListAsync(cancellationToken);
        var carers = await db.Referrals.AsNoTracking()
            .Where(r => r.ReceivedAt >= scope.Start && r.ReceivedAt < scope.End && (scope.TeamId == null || r.TeamId == scope.TeamId))
            .Join(db.People.Where(p => p.IsCarer), r => r.PersonId, p => p.Id, (r, p) => new
            {
                p.Id,
                Supported = db.Connections.Any(c => c.ReferralId == r.Id && Connected.Contains(c.Status)),
            })
            .ToListAsync(cancellationToken);

        var ratings = answered.Where(a => a.Kind == SurveyKind.AfterActivity).ToList();
        var closing = answered.Where(a => a.Kind == SurveyKind.Closing).ToList();
        var equity = new (string Name, Func<PersonRecord, string> Group)[]
        {
            ("deprivation decile", p => EquityGroups.DecileOf(deprivation, p)),
            ("ethnicity", EquityGroups.EthnicityOf),
            ("first language", p => p.FirstLanguage),
            ("carer status", EquityGroups.CarerStatusOf),
        }.Where(e => deprivation.IsLoaded || e.Name != "deprivation decile").ToList();
        var scale = Questionnaires.For(SurveyKind.AfterActivity, null)[0].Choices;
        var byRating = scale.Select(c => (long)ratings.Count(a => a.Rating == c.Value)).ToList();
        var ratingGroups = equity.Select(e => Groups(answered, e.Group)).ToList();
        var (ratingTotal, ratingRows) = Suppression.TotalOfBreakdowns(
            ratings.Count, [byRating, .. ratingGroups.Select(groups => (IReadOnlyList<long>)[.. groups.Select(g => (long)g.Count(a => a.Kind == SurveyKind.AfterActivity))])]);
        var equityRows = ratingGroups.Select((groups, i) => (IReadOnlyList<ExperienceEquityRow>)[.. groups.Select((g, row) => EquityRow(g, ratingRows[i + 1][row]))]).ToList();
        IReadOnlyList<ExperienceEquityRow> Rows(string name) => equity.FindIndex(e => e.Name == name) is var at and >= 0 ? equityRows[at] : [];

        var carerPeople = carers.DistinctBy(c => c.Id).ToList();
        var carerAnswers = answered.Where(a => a.Kind == SurveyKind.Carer).ToList();
        return TypedResults.Ok(new ExperienceReport(
            scope.Period.From,
            scope.Period.To,
            scope.TeamId,
            new RatingSummary(ratingTotal, Suppression.Over(ratings.Count, () => Math.Round(ratings.Average(a => a.Rating!.Value), 1)),
                [.. scale.Select((c, i) => new CountRow(c.Label, ratingRows[0][i]))]),
            Suppression.Count(closing.Count),
            Statements(Questionnaires.IStatements, closing, Questionnaires.AgreesFrom),
            new CarerMeasures(
                Suppression.Count(carerPeople.Count),
                Suppression.Count(carers.Where(c => c.Supported).DistinctBy(c => c.Id).Count()),
                Suppression.Count(carerAnswers.Count),
                Statements(Questionnaires.CarerItems, carerAnswers, Questionnaires.CarerBestLevel)),
            EquityGroups.DeprivationNote(deprivation, "answers"),
            Rows("deprivation decile"),
            Rows("ethnicity"),
            Rows("first language"),
            Rows("carer status")));
    }

    private sealed record Answer(SurveyKind Kind, Dictionary<string, int> Choices, PersonRecord Person)
    {
        public int? Rating => Choices.TryGetValue(Questionnaires.Rating, out var rating) ? rating : null;
    }

    private static List<IGrouping<string, Answer>> Groups(List<Answer> answers, Func<PersonRecord, string> group) =>
        [.. answers.GroupBy(a => group(a.Person)).OrderBy(g => g.Key, StringComparer.Ordinal)];

    private static ExperienceEquityRow EquityRow(IGrouping<string, Answer> group, string? ratings)
    {
        var rated = group.Where(a => a.Kind == SurveyKind.AfterActivity).ToList();
        var closing = group.Where(a => a.Kind == SurveyKind.Closing).ToList();
        var statements = closing.SelectMany(a => a.Choices.Values).ToList();
        return new ExperienceEquityRow(
            group.Key,
            ratings,
            Suppression.Over(rated.Count, () => Math.Round(rated.Average(a => a.Rating!.Value), 1)),
            Suppression.Count(closing.Count),
            Suppression.Over(closing.Count, () => Percent(statements.Count(v => v >= Questionnaires.AgreesFrom), statements.Count)));
    }

    /// <summary>Each statement's answers and the share at or above <paramref name="from"/>.</summary>
    private static List<StatementRow> Statements(IReadOnlyList<Domain.Surveys.SurveyQuestion> questions, List<Answer> answers, int from) =>
        [.. questions.Select(q =>
        {
            var values = answers.Select(a => a.Choices.GetValueOrDefault(q.Key)).Where(v => v > 0).ToList();
            return new StatementRow(q.Topic ?? q.Text, Suppression.Count(values.Count), Suppression.Over(values.Count, () => Percent(values.Count(v => v >= from), values.Count)));
        })];

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole);
}
