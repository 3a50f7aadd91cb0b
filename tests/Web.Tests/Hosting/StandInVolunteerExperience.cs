using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>The volunteering service's quarterly survey as the web sees it: asked until answered, one answer a quarter.</summary>
public sealed partial class StandInServices
{
    private const string QuarterName = "October to December 2026";
    private readonly ConcurrentDictionary<Guid, JsonElement> _surveyAnswers = new();

    /// <summary>What the web sent for the volunteer, if anything.</summary>
    public JsonElement? SurveyAnswerOf(Guid volunteerId) => _surveyAnswers.TryGetValue(volunteerId, out var answer) ? answer : null;

    private void MapVolunteerExperience(WebApplication app)
    {
        app.MapGet("/api/volunteers/{volunteerId:guid}/survey", (Guid volunteerId) => Results.Ok(new
        {
            quarter = "2026-Q4", quarterName = QuarterName, invited = !_surveyAnswers.ContainsKey(volunteerId), answered = _surveyAnswers.ContainsKey(volunteerId),
        }));
        app.MapPost("/api/volunteers/{volunteerId:guid}/survey", (Guid volunteerId, JsonElement answer) => _surveyAnswers.TryAdd(volunteerId, answer)
            ? Results.Created($"/api/volunteers/{volunteerId}/survey", new { id = Guid.NewGuid(), quarter = "2026-Q4", quarterName = QuarterName, answeredAt = DateTimeOffset.UtcNow })
            : Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"Thank you, you have already told us how volunteering is going for {QuarterName}."));
    }
}
