using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.CommunityDirectory.Apis.Vcse;

public static class LocationsApi
{
    public static RouteGroupBuilder MapLocationsApi(this RouteGroupBuilder vcse)
    {
        var api = vcse.MapGroup("/locations").WithTags("Your places");
        api.MapGet("/", ListLocations).WithSummary("Your organisation's places");
        api.MapGet("/{id:guid}", GetLocation).WithSummary("One of your places");
        api.MapPost("/", CreateLocation)
            .WithSummary("Add a place; its postcode is geocoded to the district centroid")
            .Produces<LocationResponse>(StatusCodes.Status201Created);
        api.MapPut("/{id:guid}", UpdateLocation).RequiresIfMatch()
            .WithSummary("Change a place (If-Match required)")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return vcse;
    }

    public static async Task<Ok<List<LocationResponse>>> ListLocations(ClaimsPrincipal user, DirectoryContext db, CancellationToken cancellationToken)
    {
        var organisationId = Caller.OrganisationIdOf(user);
        var locations = await db.Locations.AsNoTracking().Where(l => l.OrganisationId == organisationId).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(locations.Select(LocationResponse.From).ToList());
    }

    public static async Task<IResult> GetLocation(Guid id, ClaimsPrincipal user, HttpContext http, DirectoryContext db, CancellationToken cancellationToken)
    {
        var location = ListingOwnership.Ensure(
            await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken), l => l.OrganisationId, Caller.OrganisationIdOf(user), "location", id);
        http.Response.SetETag(location.Version);
        return TypedResults.Ok(LocationResponse.From(location));
    }

    public static async Task<IResult> CreateLocation(LocationRequest request, ClaimsPrincipal user, HttpContext http, LocationCommands commands, CancellationToken cancellationToken)
    {
        var result = await commands.CreateAsync(Caller.OrganisationIdOf(user), request, cancellationToken);
        return result.ToHttpResult(http, LocationResponse.From, l => l.Version, l => $"/api/locations/{l.Id}");
    }

    public static async Task<IResult> UpdateLocation(Guid id, LocationRequest request, ClaimsPrincipal user, HttpContext http, LocationCommands commands, CancellationToken cancellationToken)
    {
        var result = await commands.UpdateAsync(Caller.OrganisationIdOf(user), id, request, http.Request.ReadIfMatch(), cancellationToken);
        return result.ToHttpResult(http, LocationResponse.From, l => l.Version, l => $"/api/locations/{l.Id}");
    }
}
