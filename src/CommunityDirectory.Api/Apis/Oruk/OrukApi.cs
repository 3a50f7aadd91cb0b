using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.CommunityDirectory.Infrastructure.Postcodes;
using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.CommunityDirectory.Apis.Oruk;

/// <summary>
/// The Open Referral UK read API (HSDS-UK 3.0): public, rate-limited, CORS-open as the profile asks,
/// and valid against the ORUK JSON schemas.
/// </summary>
public static class OrukApi
{
    public const string RateLimitPolicy = "public-read";
    public const string CorsPolicy = "oruk";
    public const int DefaultPerPage = 50;

    public static IEndpointRouteBuilder MapOrukApi(this IEndpointRouteBuilder app)
    {
        // Per client address: one busy ORUK harvester cannot starve the others.
        var oruk = app.MapGroup("/").WithTags("Open Referral UK")
            .RequireClientRateLimit(app.ServiceProvider.GetRequiredKeyedService<FixedWindowLimits>(RateLimitPolicy))
            .RequireCors(CorsPolicy);
        oruk.MapGet("/", ApiDetails).WithSummary("API details: the HSDS version and profile").Produces<OrukApiDetails>();
        oruk.MapGet("/services", Services).WithSummary("Published services, paged and filtered").Produces<OrukPage<OrukService>>().ProducesValidationProblem();
        oruk.MapGet("/services/{id}", Service).WithSummary("One service, fully nested").Produces<OrukService>().ProducesProblem(StatusCodes.Status404NotFound);
        oruk.MapGet("/service_at_locations", ServiceAtLocations).WithSummary("Services at their locations, paged and filtered").Produces<OrukPage<OrukServiceAtLocation>>().ProducesValidationProblem();
        oruk.MapGet("/service_at_locations/{id}", ServiceAtLocation).WithSummary("One service at one location").Produces<OrukServiceAtLocation>().ProducesProblem(StatusCodes.Status404NotFound);
        oruk.MapGet("/taxonomies", Taxonomies).WithSummary("The taxonomies").Produces<OrukPage<OrukTaxonomy>>();
        oruk.MapGet("/taxonomies/{id}", Taxonomy).WithSummary("One taxonomy with its terms").Produces<OrukTaxonomy>().ProducesProblem(StatusCodes.Status404NotFound);
        oruk.MapGet("/taxonomy_terms", TaxonomyTerms).WithSummary("Taxonomy terms, paged and filtered").Produces<OrukPage<OrukTaxonomyTerm>>();
        oruk.MapGet("/taxonomy_terms/{id}", TaxonomyTerm).WithSummary("One taxonomy term").Produces<OrukTaxonomyTerm>().ProducesProblem(StatusCodes.Status404NotFound);
        oruk.MapGet("/organizations", Organizations).WithSummary("Organisations with published services, paged").Produces<OrukPage<OrukOrganization>>();
        oruk.MapGet("/organizations/{id}", Organization).WithSummary("One organisation with its published services").Produces<OrukOrganization>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static IResult ApiDetails(HttpRequest request) =>
        OrukJson.Ok(new OrukApiDetails("HSDS-UK-3.0", "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
            $"{request.Scheme}://{request.Host}/openapi/v1.json"));

    public static Task<IResult> Services(
        [AsParameters] OrukServiceQuery query, ActivitySearch search, TaxonomyCatalog catalog, PostcodeDirectory postcodes, TimeProvider time,
        OrukResponseCache cache, HttpContext http, CancellationToken cancellationToken) =>
        CachedSearch(http, cache, query, catalog, postcodes, time, cancellationToken, async (filter, sort, page, perPage, mapper) =>
        {
            var result = await search.SearchAsync(filter, sort, page, perPage, cancellationToken);
            return OrukJson.Ok(OrukPage<OrukService>.Of(result.Hits.Select(h => mapper.Service(h.Activity)).ToList(), result.TotalItems, page, perPage));
        });

    public static async Task<IResult> Service(string id, DirectoryContext db, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var activity = Guid.TryParse(id, out var activityId)
            ? await db.Activities.AsNoTracking().AsSplitQuery().Include(a => a.Organisation)
                .FirstOrDefaultAsync(a => a.Id == activityId && a.Status != ActivityStatus.Draft, cancellationToken)
            : null;
        return activity is null
            ? NotFound("service", id)
            : OrukJson.Ok(new OrukMapper(await catalog.GetAsync(cancellationToken), time.GetUtcNow()).Service(activity));
    }

    public static Task<IResult> ServiceAtLocations(
        [AsParameters] OrukServiceQuery query, ActivitySearch search, TaxonomyCatalog catalog, PostcodeDirectory postcodes, TimeProvider time,
        OrukResponseCache cache, HttpContext http, CancellationToken cancellationToken) =>
        CachedSearch(http, cache, query, catalog, postcodes, time, cancellationToken, async (filter, _, page, perPage, mapper) =>
        {
            var (links, total) = await search.SearchServiceAtLocationsAsync(filter, page, perPage, cancellationToken);
            return OrukJson.Ok(OrukPage<OrukServiceAtLocation>.Of(
                links.Select(l => mapper.ServiceAtLocation(l.Activity, l.Link, withService: true)).ToList(), total, page, perPage));
        });

    /// <summary>The searches' common part: the cache in front, then the query read (or refused) before the search runs.</summary>
    private static Task<IResult> CachedSearch(
        HttpContext http, OrukResponseCache cache, OrukServiceQuery query, TaxonomyCatalog catalog, PostcodeDirectory postcodes, TimeProvider time,
        CancellationToken cancellationToken, Func<ActivityFilter, ActivitySort, int, int, OrukMapper, Task<IResult>> search) =>
        cache.ServeAsync(http, async () =>
        {
            var taxonomy = await catalog.GetAsync(cancellationToken);
            var (filter, sort, page, perPage, errors) = query.Parse(taxonomy, postcodes);
            return errors.Any ? Invalid(errors) : await search(filter, sort, page, perPage, new OrukMapper(taxonomy, time.GetUtcNow()));
        });

    public static async Task<IResult> ServiceAtLocation(string id, DirectoryContext db, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var linkId))
        {
            return NotFound("service_at_location", id);
        }
        var activity = await db.Activities.AsNoTracking().AsSplitQuery().Include(a => a.Organisation)
            .FirstOrDefaultAsync(a => a.Status != ActivityStatus.Draft && a.Locations.Any(l => l.Id == linkId), cancellationToken);
        return activity is null
            ? NotFound("service_at_location", id)
            : OrukJson.Ok(new OrukMapper(await catalog.GetAsync(cancellationToken), time.GetUtcNow())
                .ServiceAtLocation(activity, activity.Locations.Single(l => l.Id == linkId), withService: true));
    }

    public static async Task<IResult> Taxonomies(
        string? search, string? page, [FromQuery(Name = "per_page")] string? perPage, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var taxonomy = await catalog.GetAsync(cancellationToken);
        var mapper = new OrukMapper(taxonomy, time.GetUtcNow());
        var matches = taxonomy.Taxonomies.Where(t => Matches(search, t.Name, t.Description)).OrderBy(t => t.Name)
            .Select(t => mapper.Taxonomy(t, withTerms: false)).ToList();
        return PageOf(matches, page, perPage);
    }

    public static async Task<IResult> Taxonomy(string id, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var taxonomy = await catalog.GetAsync(cancellationToken);
        return Guid.TryParse(id, out var taxonomyId) && taxonomy.Taxonomy(taxonomyId) is { } found
            ? OrukJson.Ok(new OrukMapper(taxonomy, time.GetUtcNow()).Taxonomy(found, withTerms: true))
            : NotFound("taxonomy", id);
    }

    public static async Task<IResult> TaxonomyTerms(
        string? search, [FromQuery(Name = "taxonomy_id")] string? taxonomyId, [FromQuery(Name = "top_only")] string? topOnly, [FromQuery(Name = "parent_id")] string? parentId, string? page, [FromQuery(Name = "per_page")] string? perPage,
        TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var values = new QueryValues(new FieldErrors());
        var inTaxonomy = values.Id("taxonomy_id", taxonomyId);
        var underParent = values.Id("parent_id", parentId);
        var topLevelOnly = values.Boolean("top_only", topOnly);
        if (values.Errors.Any)
        {
            return Invalid(values.Errors);
        }
        var taxonomy = await catalog.GetAsync(cancellationToken);
        var mapper = new OrukMapper(taxonomy, time.GetUtcNow());
        var terms = taxonomy.Terms
            .Where(t => Matches(search, t.Name, t.Description, t.Code)
                        && (inTaxonomy is null || t.TaxonomyId == inTaxonomy)
                        && (underParent is null || t.ParentId == underParent)
                        && (!topLevelOnly || t.ParentId is null))
            .OrderBy(t => t.Name)
            .Select(mapper.Term)
            .ToList();
        return PageOf(terms, page, perPage);
    }

    public static async Task<IResult> TaxonomyTerm(string id, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var taxonomy = await catalog.GetAsync(cancellationToken);
        return taxonomy.Find(id) is { } term
            ? OrukJson.Ok(new OrukMapper(taxonomy, time.GetUtcNow()).Term(term))
            : NotFound("taxonomy_term", id);
    }

    public static async Task<IResult> Organizations(
        string? search, string? page, [FromQuery(Name = "per_page")] string? perPage, DirectoryContext db, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var values = new QueryValues(new FieldErrors());
        var pageNumber = values.Integer("page", page, 1, 1, QueryValues.MaxPage);
        var size = values.Integer("per_page", perPage, DefaultPerPage, 1, QueryValues.MaxPerPage);
        if (values.Errors.Any)
        {
            return Invalid(values.Errors);
        }
        var query = db.Organisations.AsNoTracking().Where(o => db.Activities.Any(a => a.OrganisationId == o.Id && a.Status == ActivityStatus.Published));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            query = query.Where(o => EF.Functions.ILike(o.Name, pattern) || EF.Functions.ILike(o.Description, pattern));
        }
        var total = await query.CountAsync(cancellationToken);
        var organisations = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var mapper = new OrukMapper(await catalog.GetAsync(cancellationToken), time.GetUtcNow());
        return OrukJson.Ok(OrukPage<OrukOrganization>.Of(organisations.Select(o => mapper.Organization(o, services: null)).ToList(), total, pageNumber, size));
    }

    public static async Task<IResult> Organization(string id, DirectoryContext db, TaxonomyCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var organisation = Guid.TryParse(id, out var organisationId)
            ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            : null;
        if (organisation is null)
        {
            return NotFound("organization", id);
        }
        var activities = await db.Activities.AsNoTracking().AsSplitQuery()
            .Where(a => a.OrganisationId == organisationId && a.Status == ActivityStatus.Published)
            .OrderBy(a => a.Name)
            .ToListAsync(cancellationToken);
        var mapper = new OrukMapper(await catalog.GetAsync(cancellationToken), time.GetUtcNow());
        return OrukJson.Ok(mapper.Organization(organisation, activities.Select(a => mapper.Service(a)).ToList()));
    }

    private static IResult PageOf<T>(IReadOnlyList<T> all, string? page, string? perPage)
    {
        var values = new QueryValues(new FieldErrors());
        var pageNumber = values.Integer("page", page, 1, 1, QueryValues.MaxPage);
        var size = values.Integer("per_page", perPage, DefaultPerPage, 1, QueryValues.MaxPerPage);
        return values.Errors.Any
            ? Invalid(values.Errors)
            : OrukJson.Ok(OrukPage<T>.Of(all.Skip((pageNumber - 1) * size).Take(size).ToList(), all.Count, pageNumber, size));
    }

    private static bool Matches(string? search, params string[] fields) =>
        string.IsNullOrWhiteSpace(search) || fields.Any(f => f.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IResult Invalid(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "The query has errors; each is listed under the parameter it concerns.");

    private static IResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: $"There is no published {what} '{id}'.");
}

/// <summary>The filters ORUK defines for /services and /service_at_locations.</summary>
public sealed record OrukServiceQuery(
    string? Search,
    [FromQuery(Name = "taxonomy_term_id")] string? TaxonomyTermId,
    [FromQuery(Name = "taxonomy_id")] string? TaxonomyId,
    [FromQuery(Name = "organization_id")] string? OrganizationId,
    [FromQuery(Name = "modified_after")] string? ModifiedAfter,
    string? Postcode,
    string? Proximity,
    string? Page,
    [FromQuery(Name = "per_page")] string? PerPage)
{
    public (ActivityFilter Filter, ActivitySort Sort, int Page, int PerPage, FieldErrors Errors) Parse(TaxonomySnapshot taxonomy, PostcodeDirectory postcodes)
    {
        var values = new QueryValues(new FieldErrors());
        var terms = values.Terms(taxonomy, "taxonomy_term_id", TaxonomyTermId is null ? [] : [TaxonomyTermId]);
        var taxonomyId = values.Id("taxonomy_id", TaxonomyId);
        var near = values.Postcode(postcodes, "postcode", Postcode);
        var proximity = values.Metres("proximity", Proximity);
        if (proximity is not null && near is null && string.IsNullOrWhiteSpace(Postcode))
        {
            values.Errors.Add("postcode", "Give the postcode that proximity is measured from.");
        }
        var groups = new List<IReadOnlyList<Guid>>();
        if (terms is not null)
        {
            groups.Add(terms);
        }
        if (taxonomyId is { } id)
        {
            groups.Add(taxonomy.Terms.Where(t => t.TaxonomyId == id).Select(t => t.Id).DefaultIfEmpty(Guid.Empty).ToList());
        }
        var filter = new ActivityFilter
        {
            Text = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
            TermGroups = groups,
            OrganisationId = values.Id("organization_id", OrganizationId),
            ModifiedAfter = values.Timestamp("modified_after", ModifiedAfter),
            Near = near,
            WithinMetres = proximity,
        };
        var sort = near is not null ? ActivitySort.Distance : filter.Text is not null ? ActivitySort.Relevance : ActivitySort.Name;
        return (filter, sort,
            values.Integer("page", Page, 1, 1, QueryValues.MaxPage),
            values.Integer("per_page", PerPage, OrukApi.DefaultPerPage, 1, QueryValues.MaxPerPage),
            values.Errors);
    }
}
