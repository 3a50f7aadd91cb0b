using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SocialPrescribing.CommunityDirectory.Apis.PartnerSurvey;

/// <summary>The yearly VCSE partners' survey, answered once a year by a manager for their own organisation (named by the token).</summary>
public static class PartnerSurveyApi
{
    public const int CommentsMaxLength = FieldLimits.Description;

    public static RouteGroupBuilder MapPartnerSurveyApi(this RouteGroupBuilder api)
    {
        var survey = api.MapGroup("/partner-survey").WithTags("VCSE partners' survey");
        survey.MapGet("/", GetAsync).WithSummary("This year's survey and whether your organisation has answered it");
        survey.MapPost("/", AnswerAsync).WithSummary("Answer this year's survey for your organisation (once a year; 409 when already answered)");
        return api;
    }

    public static async Task<Ok<PartnerSurveyStatus>> GetAsync(ClaimsPrincipal user, DirectoryContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (organisationId, year) = (Caller.OrganisationIdOf(user), SurveyYear.Of(time));
        var answeredAt = await db.PartnerSurveyResponses.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.Year == year)
            .Select(r => (DateTimeOffset?)r.AnsweredAt)
            .FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new PartnerSurveyStatus(year, answeredAt, [.. PartnerSurveyStatements.All.Select(s => new PartnerSurveyQuestion(s.Field, s.Text))]));
    }

    public static async Task<Results<Created<PartnerSurveyStatus>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        PartnerSurveyRequest request, ClaimsPrincipal user, DirectoryContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Agreement Answer(string field, Agreement? answer)
        {
            if (answer is not { } given || !Enum.IsDefined(given))
            {
                errors.Add(field, "Select how far you agree with the statement.");
                return default;
            }
            return given;
        }
        var response = new PartnerSurveyResponse
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = Caller.OrganisationIdOf(user),
            Year = SurveyYear.Of(time),
            RelationshipWithCommissioners = Answer("relationshipWithCommissioners", request.RelationshipWithCommissioners),
            AbleToAddValue = Answer("ableToAddValue", request.AbleToAddValue),
            ReferralsAppropriate = Answer("referralsAppropriate", request.ReferralsAppropriate),
            FundingAndCapacity = Answer("fundingAndCapacity", request.FundingAndCapacity),
            Comments = errors.MaxLength("comments", request.Comments, CommentsMaxLength, "your comments"),
            AnsweredAt = time.GetUtcNow(),
        };
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The answers have errors; each is listed under the statement it concerns.");
        }
        db.PartnerSurveyResponses.Add(response);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already answered",
                detail: $"Your organisation has already answered the {response.Year} survey.");
        }
        return TypedResults.Created("/api/partner-survey", await StatusAsync());

        async Task<PartnerSurveyStatus> StatusAsync() => (await GetAsync(user, db, time, cancellationToken)).Value!;
    }
}

/// <summary>The survey runs by calendar year, UK time: an organisation is asked again from 1 January.</summary>
public static class SurveyYear
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static int Of(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), UkTime).Year;
}
