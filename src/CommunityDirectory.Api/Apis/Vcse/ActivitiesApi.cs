using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.CommunityDirectory.Apis.Vcse;

public static class ActivitiesApi
{
    public static RouteGroupBuilder MapActivitiesApi(this RouteGroupBuilder vcse)
    {
        var api = vcse.MapGroup("/activities").WithTags("Your activities");
        api.MapGet("/", ListActivities).WithSummary("Your organisation's activities, in every status");
        api.MapGet("/{id:guid}", GetActivity).WithSummary("One of your activities, with its ETag");
        api.MapPost("/", CreateActivity)
            .WithSummary("List a new activity (as a draft)")
            .Produces<ActivityResponse>(StatusCodes.Status201Created);
        api.MapPut("/{id:guid}", UpdateActivity).RequiresIfMatch()
            .WithSummary("Replace an activity's details (If-Match required)")
            .WithDescription("Published activities are announced as changed. A new totalPlaces may not go below the places already held.");
        api.MapPost("/{id:guid}/publish", PublishActivity).RequiresIfMatch().WithSummary("Make the activity visible to link workers, ORUK clients and matching");
        api.MapPost("/{id:guid}/withdraw", WithdrawActivity).RequiresIfMatch().WithSummary("Stop offering the activity");
        api.MapPut("/{id:guid}/capacity", ChangeCapacity).RequiresIfMatch()
            .WithSummary("Set the number of places; free places are the total less the places held")
            .WithDescription("totalPlaces null means the activity takes everyone who comes.");
        api.MapPost("/{id:guid}/checked", ConfirmChecked).RequiresIfMatch().WithSummary("Confirm the listing is still accurate (clears the stale flag)");

        api.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return vcse;
    }

    public static async Task<Ok<List<ActivityResponse>>> ListActivities(
        ClaimsPrincipal user, DirectoryContext db, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var organisationId = Caller.OrganisationIdOf(user);
        var activities = await db.Activities.AsNoTracking().AsSplitQuery()
            .Where(a => a.OrganisationId == organisationId).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var taxonomy = await catalog.GetAsync(cancellationToken);
        return TypedResults.Ok(activities.Select(a => ActivityResponse.From(a, taxonomy, time.GetUtcNow())).ToList());
    }

    public static async Task<IResult> GetActivity(
        Guid id, ClaimsPrincipal user, HttpContext http, DirectoryContext db, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var activity = ListingOwnership.Ensure(
            await db.Activities.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken), a => a.OrganisationId, Caller.OrganisationIdOf(user), "activity", id);
        var taxonomy = await catalog.GetAsync(cancellationToken);
        http.Response.SetETag(activity.Version);
        return TypedResults.Ok(ActivityResponse.From(activity, taxonomy, time.GetUtcNow()));
    }

    public static async Task<IResult> CreateActivity(
        ActivityRequest request, ClaimsPrincipal user, HttpContext http, ActivityCommands commands, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken) =>
        await RespondAsync(await commands.CreateAsync(Caller.OrganisationIdOf(user), request, cancellationToken), http, catalog, time, cancellationToken);

    public static async Task<IResult> UpdateActivity(
        Guid id, ActivityRequest request, ClaimsPrincipal user, HttpContext http, ActivityCommands commands, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken) =>
        await RespondAsync(await commands.UpdateAsync(Caller.OrganisationIdOf(user), id, request, http.Request.ReadIfMatch(), cancellationToken), http, catalog, time, cancellationToken);

    public static async Task<IResult> PublishActivity(
        Guid id, ClaimsPrincipal user, HttpContext http, ActivityCommands commands, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken) =>
        await RespondAsync(await commands.PublishAsync(Caller.OrganisationIdOf(user), id, http.Request.ReadIfMatch(), cancellationToken), http, catalog, time, cancellationToken);

    public static async Task<IResult> WithdrawActivity(
        Guid id, ClaimsPrincipal user, HttpContext http, ActivityCommands commands, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken) =>
        await RespondAsync(await commands.WithdrawAsync(Caller.OrganisationIdOf(user), id, http.Request.ReadIfMatch(), cancellationToken), http, catalog, time, cancellationToken);

    public static async Task<IResult> ChangeCapacity(
        Guid id, CapacityRequest request, ClaimsPrincipal user, HttpContext http, ActivityCommands commands, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken) =>
        await RespondAsync(await commands.ChangeCapacityAsync(Caller.OrganisationIdOf(user), id, request, http.Request.ReadIfMatch(), cancellationToken), http, catalog, time, cancellationToken);

    public static async Task<IResult> ConfirmChecked(
        Guid id, ClaimsPrincipal user, HttpContext http, ActivityCommands commands, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken) =>
        await RespondAsync(await commands.ConfirmCheckedAsync(Caller.OrganisationIdOf(user), id, http.Request.ReadIfMatch(), cancellationToken), http, catalog, time, cancellationToken);

    private static async Task<IResult> RespondAsync(
        CommandResult<Activity> result, HttpContext http, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var taxonomy = await catalog.GetAsync(cancellationToken);
        return result.ToHttpResult(http, a => ActivityResponse.From(a, taxonomy, time.GetUtcNow()), a => a.Version, a => $"/api/activities/{a.Id}");
    }
}
