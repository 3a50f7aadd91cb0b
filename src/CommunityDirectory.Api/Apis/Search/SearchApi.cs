using SocialPrescribing.CommunityDirectory.Infrastructure.Postcodes;

namespace SocialPrescribing.CommunityDirectory.Apis.Search;

/// <summary>Search for link workers: richer than ORUK's, with the answers a conversation needs (distance, free places, staleness).</summary>
public static class SearchApi
{
    private static readonly Dictionary<string, string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = "MO", ["MON"] = "MO", ["MONDAY"] = "MO",
        ["TU"] = "TU", ["TUE"] = "TU", ["TUESDAY"] = "TU",
        ["WE"] = "WE", ["WED"] = "WE", ["WEDNESDAY"] = "WE",
        ["TH"] = "TH", ["THU"] = "TH", ["THURSDAY"] = "TH",
        ["FR"] = "FR", ["FRI"] = "FR", ["FRIDAY"] = "FR",
        ["SA"] = "SA", ["SAT"] = "SA", ["SATURDAY"] = "SA",
        ["SU"] = "SU", ["SUN"] = "SU", ["SUNDAY"] = "SU",
    };

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search/activities", SearchActivities)
            .WithTags("Search")
            .WithSummary("Find published activities for a person")
            .WithDescription("Free text (PostgreSQL full-text search), needs and activity types (child terms included), distance from a postcode (any distance unless `within` is given, in metres), " +
                             "day and time, free only, accessibility features (all must be present), language and age. " +
                             "Sorted by relevance (default with text), distance (default with a postcode) or name.")
            .Produces<ActivitySearchResponse>()
            .ProducesValidationProblem();
        return api;
    }

    public static async Task<IResult> SearchActivities(
        [AsParameters] SearchQuery query, ActivitySearch search, TaxonomyCatalog catalog, PostcodeDirectory postcodes, TimeProvider time, CancellationToken cancellationToken)
    {
        var values = new QueryValues(new FieldErrors());
        var taxonomy = await catalog.GetAsync(cancellationToken);
        var needs = values.Terms(taxonomy, "needs", query.Needs ?? []);
        var types = values.Terms(taxonomy, "types", query.Types ?? []);
        var near = values.Postcode(postcodes, "postcode", query.Postcode);
        var within = values.Metres("within", query.Within);
        string? weekday = null;
        if (!string.IsNullOrWhiteSpace(query.Day) && !Weekdays.TryGetValue(query.Day.Trim(), out weekday))
        {
            values.Errors.Add("day", "Give a day of the week, e.g. \"tuesday\" or \"TU\".");
        }
        var features = query.Accessibility ?? [];
        foreach (var feature in features.Where(f => !AccessibilityFeatures.IsKnown(f)))
        {
            values.Errors.Add("accessibility", $"'{feature}' is not a known feature; use one of: {string.Join(", ", AccessibilityFeatures.Descriptions.Keys)}.");
        }
        if (within is not null && near is null)
        {
            values.Errors.Add("postcode", "Give a postcode to search within a distance of.");
        }
        if (string.Equals(query.Sort, "distance", StringComparison.OrdinalIgnoreCase) && near is null)
        {
            values.Errors.Add("sort", "Sorting by distance needs a postcode.");
        }
        var sort = ParseSort(values.Errors, query.Sort, query.Q, near);
        var filter = new ActivityFilter
        {
            Text = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(),
            TermGroups = new[] { needs, types }.OfType<IReadOnlyList<Guid>>().ToList(),
            Near = near,
            // No distance means any distance: the postcode then only orders the results and gives each its distance.
            WithinMetres = near is null ? null : within,
            Weekday = weekday,
            From = values.Time("from", query.From),
            Until = values.Time("until", query.Until),
            FreeOnly = values.Boolean("free", query.Free),
            AccessibilityFeatures = features,
            Language = string.IsNullOrWhiteSpace(query.Language) ? null : query.Language.Trim().ToLowerInvariant(),
            Age = values.OptionalInteger("age", query.Age, 0, ActivityRequestValidator.MaxAge),
        };
        var page = values.Integer("page", query.Page, 1, 1, QueryValues.MaxPage);
        var perPage = values.Integer("perPage", query.PerPage, 20, 1, QueryValues.MaxPerPage);
        if (values.Errors.Any)
        {
            return TypedResults.ValidationProblem(values.Errors.ToDictionary(), title: "The search has errors; each is listed under the parameter it concerns.");
        }

        var result = await search.SearchAsync(filter, sort, page, perPage, cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new ActivitySearchResponse(result.TotalItems, page, perPage,
            result.Hits.Select(hit => ActivitySearchResult.From(hit, taxonomy, now)).ToList()));
    }

    private static ActivitySort ParseSort(FieldErrors errors, string? sort, string? text, GeoPoint? near)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return string.IsNullOrWhiteSpace(text) && near is not null ? ActivitySort.Distance : ActivitySort.Relevance;
        }
        if (!Enum.TryParse<ActivitySort>(sort, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add("sort", "Sort by relevance, distance or name.");
        }
        return parsed;
    }
}

public sealed record SearchQuery(
    string? Q,
    string[]? Needs,
    string[]? Types,
    string? Postcode,
    string? Within,
    string? Day,
    string? From,
    string? Until,
    string? Free,
    string[]? Accessibility,
    string? Language,
    string? Age,
    string? Sort,
    string? Page,
    string? PerPage);

/// <summary>A search hit as the API answers it, in the shared contract's shape.</summary>
public static class ActivitySearchResults
{
    extension(ActivitySearchResult)
    {
        public static ActivitySearchResult From(ActivityHit hit, TaxonomySnapshot taxonomy, DateTimeOffset now)
        {
            var a = hit.Activity;
            return new ActivitySearchResult(
                a.Id, a.Name, a.Description, a.OrganisationId, a.Organisation?.Name ?? "", hit.DistanceMetres is { } d ? Math.Round(d) : null,
                a.NeedTermIds.Select(id => taxonomy.Term(id)?.Name ?? "").ToList(),
                a.ActivityTypeTermIds.Select(id => taxonomy.Term(id)?.Name ?? "").ToList(),
                a.IsFree, a.FreePlaces, a.ReferralMode, a.Languages, a.AccessibilityFeatures, a.MinimumAge, a.MaximumAge,
                a.Locations.Select(l => $"{l.Location!.Name}, {l.Location.Postcode}").ToList(),
                a.Schedules.Select(ScheduleText.Describe).ToList(),
                a.IsStale(now), a.LastCheckedAt);
        }
    }
}
