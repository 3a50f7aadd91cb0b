using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Http.Referrals;
using SocialPrescribing.Referrals.Domain.Surveys;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>
/// What people said after the organisation's own activities (the route's organisation, checked by the policy): ratings
/// and comments with no names and no dates, so an answer cannot be matched to the attendance the provider recorded.
/// </summary>
public static class ProviderFeedbackApi
{
    public static RouteGroupBuilder MapProviderFeedbackApi(this RouteGroupBuilder providers)
    {
        providers.MapGet("/feedback", FeedbackAsync);
        return providers;
    }

    public static async Task<Ok<List<ActivityFeedback>>> FeedbackAsync(Guid organisationId, ReferralsContext db, CancellationToken cancellationToken)
    {
        var answered = await db.Surveys.AsNoTracking()
            .Where(s => s.ProviderId == organisationId && s.Kind == SurveyKind.AfterActivity && s.AnsweredAt != null)
            .OrderByDescending(s => s.AnsweredAt)
            .Select(s => new { s.ActivityId, s.ActivityName, s.Choices, s.Comment })
            .ToListAsync(cancellationToken);
        var scale = Questionnaires.For(SurveyKind.AfterActivity, null)[0].Choices;
        return TypedResults.Ok(answered
            .GroupBy(s => s.ActivityId!.Value)
            .Select(g =>
            {
                var ratings = g.Select(s => s.Choices![Questionnaires.Rating]).ToList();
                return new ActivityFeedback(
                    g.Key,
                    g.Select(s => s.ActivityName).FirstOrDefault(n => n is not null),
                    ratings.Count,
                    Math.Round(ratings.Average(), 1),
                    [.. scale.Select(c => new RatingCount(c.Label, ratings.Count(r => r == c.Value)))],
                    [.. g.Where(s => s.Comment is not null).Select(s => new FeedbackComment(scale.Single(c => c.Value == s.Choices![Questionnaires.Rating]).Label, s.Comment!))]);
            })
            .OrderBy(a => a.ActivityName ?? "", StringComparer.Ordinal)
            .ToList());
    }
}
