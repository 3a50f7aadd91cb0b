using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Referrals.Domain.Surveys;
using SocialPrescribing.Referrals.Domain.Wellbeing;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>
/// A person's single-use survey link, opened and answered through the public web (its own client alone: the token in the
/// link is the person's only key, and no one signs in). A link answers once; an unknown token is "not found", whatever the reason.
/// </summary>
public static class SurveysApi
{
    public static RouteGroupBuilder MapSurveysApi(this RouteGroupBuilder api)
    {
        api.MapGet("/{token}", GetAsync);
        api.MapPost("/{token}/answers", AnswerAsync);
        return api;
    }

    public static async Task<Ok<Http.SurveyView>> GetAsync(string token, ReferralsContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var survey = await FindAsync(db, token, cancellationToken);
        return TypedResults.Ok(SurveyViews.Of(survey, time.GetUtcNow()));
    }

    public static async Task<Ok<Http.SurveyView>> AnswerAsync(
        string token, SurveyAnswersRequest request, ReferralsContext db, IIntegrationEventOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var survey = await FindAsync(db, token, cancellationToken);
        var now = time.GetUtcNow();
        switch (SurveyViews.StateOf(survey, now))
        {
            case SurveyState.Answered:
                throw ProblemException.Conflict("You have already answered this survey. Thank you.", "status");
            case SurveyState.Expired:
                throw ProblemException.Conflict("This survey link has expired: links last 30 days.", "status");
        }
        var answers = Questionnaires.Check(survey.Kind, request.Answers ?? []);
        (survey.Choices, survey.Comment, survey.AnsweredAt) = (new Dictionary<string, int>(answers.Choices), answers.Comment, now);
        if (RatingOf(survey) is { } rated)
        {
            outbox.Add(rated);
        }
        if (survey.Kind == SurveyKind.FollowUpWellbeing)
        {
            await RecordFollowUpAsync(db, outbox, survey, now, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same link answered twice at once: the first stands.
            throw ProblemException.Conflict("You have already answered this survey. Thank you.", "status");
        }
        return TypedResults.Ok(SurveyViews.Of(survey, now));
    }

    /// <summary>An activity's rating, for matching's quality signal; saved with the answers, so published once they are kept.</summary>
    private static ActivityRatedIntegrationEvent? RatingOf(SurveyRecord survey) =>
        survey is { Kind: SurveyKind.AfterActivity, ActivityId: { } activity, ProviderId: { } provider, AnsweredAt: { } at }
        && survey.Choices?.GetValueOrDefault(Questionnaires.Rating) is { } rating and > 0
            ? new ActivityRatedIntegrationEvent(activity, provider, rating, at)
            : null;

    /// <summary>The person's own follow-up SWEMWBS, kept with their referral as the link worker's would be.</summary>
    private static async Task RecordFollowUpAsync(ReferralsContext db, IIntegrationEventOutbox outbox, SurveyRecord survey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.FindAsync([survey.ReferralId], cancellationToken) ?? throw ProblemException.NotFound("referral", survey.ReferralId);
        var items = SwemwbsScores.FieldNames.Select(item => survey.Choices!.TryGetValue(item, out var value) ? value : (int?)null).ToList();
        var measurement = new WellbeingMeasurement(
            referral.PersonId, referral.Id, MeasurementPoint.FollowUp, now, WellbeingOutcomes.ByThePerson, null, new SwemwbsScores(items));
        await WellbeingOutcomes.AddAsync(db, outbox, referral, measurement, now, cancellationToken);
    }

    private static async Task<SurveyRecord> FindAsync(ReferralsContext db, string token, CancellationToken cancellationToken)
    {
        var hash = SurveyLink.Hash(token);
        return await db.Surveys.SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "There is no survey at this link.");
    }
}

/// <summary>What the survey page needs (<see cref="Http.SurveyView"/>): its questions in order and whether it can still be answered; never who it is for.</summary>
public static class SurveyViews
{
    public static SurveyState StateOf(SurveyRecord survey, DateTimeOffset now) =>
        survey.AnsweredAt is not null ? SurveyState.Answered
        : now >= survey.ExpiresAt ? SurveyState.Expired
        : SurveyState.Open;

    public static Http.SurveyView Of(SurveyRecord survey, DateTimeOffset now) => new(
        survey.Kind.WireName(), StateOf(survey, now).WireName(), survey.ActivityName, survey.ExpiresAt,
        [.. Questionnaires.For(survey.Kind, survey.ActivityName).Select(q => new Http.SurveyQuestion(
            q.Key, q.Text, q.Hint, [.. q.Choices.Select(c => new Http.SurveyChoice(c.Value, c.Label))], q.Optional, q.Topic))]);
}
