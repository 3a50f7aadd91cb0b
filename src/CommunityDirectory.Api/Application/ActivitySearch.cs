using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.CommunityDirectory.Application;

public enum ActivitySort
{
    /// <summary>Best text match first (most recently changed first when there is no text).</summary>
    Relevance,
    /// <summary>Nearest first; needs a postcode.</summary>
    Distance,
    Name,
}

/// <summary>A search over published activities; every part is optional and they combine with AND.</summary>
public sealed record ActivityFilter
{
    public string? Text { get; init; }

    /// <summary>Each group is one question ("helps with one of these needs"); an activity must match every group.</summary>
    public IReadOnlyList<IReadOnlyList<Guid>> TermGroups { get; init; } = [];

    public Guid? OrganisationId { get; init; }
    public DateTimeOffset? ModifiedAfter { get; init; }
    public GeoPoint? Near { get; init; }
    public double? WithinMetres { get; init; }
    public string? Weekday { get; init; }
    public TimeOnly? From { get; init; }
    public TimeOnly? Until { get; init; }
    public bool FreeOnly { get; init; }
    public IReadOnlyList<string> AccessibilityFeatures { get; init; } = [];
    public string? Language { get; init; }
    public int? Age { get; init; }
}

public sealed record ActivityHit(Activity Activity, double? DistanceMetres);

public sealed record SearchPage(IReadOnlyList<ActivityHit> Hits, int TotalItems);

/// <summary>
/// The one query behind the ORUK /services, /service_at_locations and link-worker search:
/// PostgreSQL full-text search over a generated tsvector (GIN index), taxonomy overlap on
/// uuid[] columns (GIN), and distance in two steps: a latitude/longitude box served by the
/// btree index on locations, then the exact great-circle distance on what is left.
/// </summary>
public sealed class ActivitySearch(DirectoryContext db)
{
    public async Task<SearchPage> SearchAsync(ActivityFilter filter, ActivitySort sort, int page, int perPage, CancellationToken cancellationToken)
    {
        if (sort == ActivitySort.Distance && filter.Near is { } point)
        {
            return await SearchByDistanceAsync(filter, point, page, perPage, cancellationToken);
        }
        var query = Filter(filter);
        var ordered = sort switch
        {
            ActivitySort.Relevance when !string.IsNullOrWhiteSpace(filter.Text) => query
                .OrderByDescending(a => a.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("english", filter.Text)))
                .ThenBy(a => a.Id),
            ActivitySort.Name => query.OrderBy(a => a.Name).ThenBy(a => a.Id),
            _ => query.OrderByDescending(a => a.ModifiedAt).ThenBy(a => a.Id),
        };
        // The total rides along with the page, counted in the same pass: one round trip fewer, and no second filtering.
        var pageIds = await ordered.Skip((page - 1) * perPage).Take(perPage)
            .Select(a => new RankedId(a.Id, null, DirectoryDbFunctions.RowsBeforePaging()))
            .ToListAsync(cancellationToken);
        return await PageAsync(pageIds, filter.Near, () => query.CountAsync(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Nearest first. Each place inside the radius has its distance computed once and each activity keeps
    /// its nearest (GROUP BY), rather than asking every matching activity for its nearest place in turn.
    /// </summary>
    private async Task<SearchPage> SearchByDistanceAsync(ActivityFilter filter, GeoPoint point, int page, int perPage, CancellationToken cancellationToken)
    {
        var places = filter.WithinMetres is { } metres ? PlacesWithin(point, metres) : db.Locations;
        var nearest =
            from link in db.ActivityLocations
            join place in places on link.LocationId equals place.Id
            group DirectoryDbFunctions.DistanceMetres(point.Latitude, point.Longitude, place.Latitude, place.Longitude) by link.ActivityId into distances
            select new { ActivityId = distances.Key, Distance = distances.Min() };
        var ranked =
            from a in Filter(filter with { WithinMetres = null })
            join n in nearest on a.Id equals n.ActivityId into found
            from n in found.DefaultIfEmpty()
            select new { a.Id, Distance = (double?)n!.Distance };
        if (filter.WithinMetres is not null)
        {
            ranked = ranked.Where(r => r.Distance != null);
        }
        // PostgreSQL sorts NULL last: activities with no place (online, by phone) come after every distance.
        var pageIds = await ranked.OrderBy(r => r.Distance).ThenBy(r => r.Id)
            .Skip((page - 1) * perPage).Take(perPage)
            .Select(r => new RankedId(r.Id, r.Distance, DirectoryDbFunctions.RowsBeforePaging()))
            .ToListAsync(cancellationToken);
        return await PageAsync(pageIds, point, () => ranked.CountAsync(cancellationToken), cancellationToken);
    }

    private async Task<SearchPage> PageAsync(List<RankedId> pageIds, GeoPoint? near, Func<Task<int>> countWhenPastTheEnd, CancellationToken cancellationToken)
    {
        var total = pageIds.Count > 0 ? pageIds[0].Total : await countWhenPastTheEnd();
        var ids = pageIds.Select(p => p.Id).ToList();
        var activities = await db.Activities.AsNoTracking().AsSplitQuery()
            .Include(a => a.Organisation)
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return new SearchPage(pageIds.Select(p => new ActivityHit(activities[p.Id], p.DistanceMetres ?? DistanceTo(activities[p.Id], near))).ToList(), total);
    }

    /// <summary>
    /// The same search, one row per activity and place: with a distance filter only the places
    /// within it count, nearest first.
    /// </summary>
    public async Task<(IReadOnlyList<(Activity Activity, ActivityLocation Link)> Links, int TotalItems)> SearchServiceAtLocationsAsync(
        ActivityFilter filter, int page, int perPage, CancellationToken cancellationToken)
    {
        var activities = Filter(filter);
        var links = db.ActivityLocations.AsNoTracking().Where(l => activities.Any(a => a.Id == l.ActivityId));
        if (filter.Near is { } point && filter.WithinMetres is { } metres)
        {
            var places = PlacesWithin(point, metres);
            links = links.Where(l => places.Any(p => p.Id == l.LocationId));
        }
        var ordered = filter.Near is { } from
            ? links.OrderBy(l => DirectoryDbFunctions.DistanceMetres(from.Latitude, from.Longitude, l.Location!.Latitude, l.Location.Longitude)).ThenBy(l => l.Id)
            : links.OrderBy(l => l.ActivityId).ThenBy(l => l.Id);
        var pageLinks = await ordered.Skip((page - 1) * perPage).Take(perPage)
            .Select(l => new { l.Id, l.ActivityId, Total = DirectoryDbFunctions.RowsBeforePaging() })
            .ToListAsync(cancellationToken);
        var total = pageLinks.Count > 0 ? pageLinks[0].Total : await links.CountAsync(cancellationToken);

        var ids = pageLinks.Select(l => l.ActivityId).Distinct().ToList();
        var byId = await db.Activities.AsNoTracking().AsSplitQuery()
            .Include(a => a.Organisation)
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return (pageLinks.Select(l => (byId[l.ActivityId], byId[l.ActivityId].Locations.Single(x => x.Id == l.Id))).ToList(), total);
    }

    private IQueryable<Activity> Filter(ActivityFilter filter)
    {
        var query = db.Activities.AsNoTracking().IgnoreAutoIncludes().Where(a => a.Status == ActivityStatus.Published);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            query = query.Where(a => a.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", filter.Text)));
        }
        foreach (var group in filter.TermGroups)
        {
            var terms = group.ToArray();
            query = query.Where(a => a.NeedTermIds.Any(t => terms.Contains(t)) || a.ActivityTypeTermIds.Any(t => terms.Contains(t)));
        }
        if (filter.OrganisationId is { } organisationId)
        {
            query = query.Where(a => a.OrganisationId == organisationId);
        }
        if (filter.ModifiedAfter is { } modifiedAfter)
        {
            query = query.Where(a => a.ModifiedAt >= modifiedAfter);
        }
        if (filter.Near is { } point && filter.WithinMetres is { } metres)
        {
            var places = PlacesWithin(point, metres);
            query = query.Where(a => db.ActivityLocations.Any(l => l.ActivityId == a.Id && places.Any(p => p.Id == l.LocationId)));
        }
        if (filter.Weekday is not null || filter.From is not null || filter.Until is not null)
        {
            var weekday = filter.Weekday;
            var from = filter.From ?? TimeOnly.MinValue;
            var until = filter.Until ?? TimeOnly.MaxValue;
            query = query.Where(a => a.Schedules.Any(s =>
                (weekday == null || s.Weekdays.Contains(weekday)) && s.OpensAt < until && s.ClosesAt > from));
        }
        if (filter.FreeOnly)
        {
            query = query.Where(a => a.IsFree);
        }
        if (filter.AccessibilityFeatures.Count > 0)
        {
            var features = filter.AccessibilityFeatures.ToList();
            query = query.Where(a => features.All(f => a.AccessibilityFeatures.Contains(f)));
        }
        if (filter.Language is { } language)
        {
            query = query.Where(a => a.Languages.Contains(language));
        }
        if (filter.Age is { } age)
        {
            query = query.Where(a => (a.MinimumAge == null || a.MinimumAge <= age) && (a.MaximumAge == null || a.MaximumAge >= age));
        }
        return query;
    }

    /// <summary>Places within the radius: the latitude/longitude box their index serves, then the exact distance.</summary>
    private IQueryable<Location> PlacesWithin(GeoPoint point, double metres)
    {
        var box = point.BoxAround(metres);
        return db.Locations.Where(l => l.Latitude >= box.MinLatitude && l.Latitude <= box.MaxLatitude
            && l.Longitude >= box.MinLongitude && l.Longitude <= box.MaxLongitude
            && DirectoryDbFunctions.DistanceMetres(point.Latitude, point.Longitude, l.Latitude, l.Longitude) <= metres);
    }

    private sealed record RankedId(Guid Id, double? DistanceMetres, int Total);

    private static double? DistanceTo(Activity activity, GeoPoint? point) =>
        point is { } from && activity.Locations.Count > 0
            ? activity.Locations.Min(l => from.DistanceMetresTo(new GeoPoint(l.Location!.Latitude, l.Location.Longitude)))
            : null;
}
