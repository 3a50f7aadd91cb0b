using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Apis;

/// <summary>
/// Volunteers' experience and the diversity of volunteering: the volunteer's own quarterly survey and equality data
/// (theirs alone), and the commissioners' report of both (aggregates only).
/// </summary>
public static class ExperienceApi
{
    public static RouteGroupBuilder MapExperienceApi(this RouteGroupBuilder api)
    {
        var own = api.MapGroup("/volunteers/{volunteerId:guid}").WithTags("Volunteer experience").RequireAuthorization(VolunteeringPolicies.VolunteerRecords);
        own.MapGet("/survey", async (Guid volunteerId, ClaimsPrincipal user, ExperienceSurvey survey, CancellationToken ct) =>
            TypedResults.Ok(await survey.StatusAsync(volunteerId, Caller.Of(user), ct)));
        own.MapPost("/survey", AnswerSurveyAsync);
        own.MapGet("/equality", async (Guid volunteerId, ClaimsPrincipal user, EqualityData equality, CancellationToken ct) =>
            TypedResults.Ok(await equality.GetAsync(volunteerId, Caller.Of(user), ct)));
        own.MapPut("/equality", async (Guid volunteerId, EqualityRequest request, ClaimsPrincipal user, EqualityData equality, CancellationToken ct) =>
            TypedResults.Ok(await equality.SetAsync(volunteerId, request, Caller.Of(user), ct)));
        own.MapDelete("/equality", async (Guid volunteerId, ClaimsPrincipal user, EqualityData equality, CancellationToken ct) =>
        {
            await equality.WithdrawAsync(volunteerId, Caller.Of(user), ct);
            return TypedResults.NoContent();
        });

        api.MapGet("/reports/volunteering-diversity", DiversityAsync).WithTags("Commissioning").RequireAuthorization(Policies.AggregatesOnly);
        return api;
    }

    /// <summary>201 with the answer; 409 (kindly worded) for a second answer in the same quarter.</summary>
    private static async Task<Created<SurveyAnswerResponse>> AnswerSurveyAsync(
        Guid volunteerId, SurveyAnswerRequest request, ClaimsPrincipal user, ExperienceSurvey survey, CancellationToken ct)
    {
        var answer = await survey.AnswerAsync(volunteerId, request, Caller.Of(user), ct);
        return TypedResults.Created($"/api/volunteers/{volunteerId}/survey", answer);
    }

    /// <summary>One whole quarter that has ended (<see cref="ReportPeriod"/>) against the one before; counts under 5 suppressed.</summary>
    private static async Task<Ok<DiversityReport>> DiversityAsync(
        DateOnly? from, DateOnly? to, DiversityReports reports, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddAll(ReportPeriod.Check(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var period));
        errors.ThrowIfAny();
        return TypedResults.Ok(await reports.CreateAsync(period, ct));
    }
}
