using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.CommunityDirectory.Apis.Vcse;

public static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder vcse)
    {
        var api = vcse.MapGroup("/organisation").WithTags("Your organisation");
        api.MapGet("/", GetOrganisation)
            .WithSummary("Your organisation, as the directory lists it");
        api.MapPut("/", SaveOrganisation).RequiresIfMatch()
            .WithSummary("Register your organisation, or update it (If-Match required when it exists)")
            .WithDescription("A charity number already listed for another organisation is refused (409).")
            .Produces<OrganisationResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return vcse;
    }

    public static async Task<IResult> GetOrganisation(ClaimsPrincipal user, HttpContext http, DirectoryContext db, CancellationToken cancellationToken)
    {
        var id = Caller.OrganisationIdOf(user);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            throw ProblemException.NotFound("Register your organisation with PUT /api/organisation first.");
        }
        http.Response.SetETag(organisation.Version);
        return TypedResults.Ok(OrganisationResponse.From(organisation));
    }

    public static async Task<IResult> SaveOrganisation(
        OrganisationRequest request, ClaimsPrincipal user, HttpContext http, OrganisationCommands commands, CancellationToken cancellationToken)
    {
        var result = await commands.SaveAsync(Caller.OrganisationIdOf(user), request, http.Request.ReadIfMatch(), cancellationToken);
        return result.ToHttpResult(http, OrganisationResponse.From, o => o.Version, _ => "/api/organisation");
    }
}
