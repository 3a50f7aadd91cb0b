using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Directory;
using ContractActivity = SocialPrescribing.Contracts.Directory.Activity;
using TaxonomyTerm = SocialPrescribing.CommunityDirectory.Model.TaxonomyTerm;
using ContractCostOption = SocialPrescribing.Contracts.Directory.CostOption;
using GrpcDirectory = SocialPrescribing.Contracts.Directory.Directory;
using HoldOutcome = SocialPrescribing.CommunityDirectory.Application.HoldOutcome;
using ReleaseOutcome = SocialPrescribing.CommunityDirectory.Application.ReleaseOutcome;

namespace SocialPrescribing.CommunityDirectory.Grpc;

public sealed class DirectoryService(DirectoryContext db, TaxonomyCatalog catalog, PlaceHolds holds, TimeProvider time) : GrpcDirectory.DirectoryBase
{
    private const int MaxPageSize = 500;
    private const int MaxIds = 500;

    [Authorize(Policy = DirectoryPolicies.ReadActivities)]
    public override async Task<GetActivitiesResponse> GetActivities(GetActivitiesRequest request, ServerCallContext context)
    {
        if (request.ActivityIds.Count > MaxIds)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"Ask for at most {MaxIds} activities at once."));
        }
        var ids = request.ActivityIds.Select(id => ParseId(id, "activity_ids")).ToList();
        var activities = await Load(db.Activities.Where(a => ids.Contains(a.Id)), context.CancellationToken);
        return new GetActivitiesResponse { Activities = { await ToContractsAsync(activities, context.CancellationToken) } };
    }

    [Authorize(Policy = DirectoryPolicies.ReadSnapshot)]
    public override async Task<PublishedActivitiesPage> GetPublishedActivitiesPage(PublishedActivitiesPageRequest request, ServerCallContext context)
    {
        if (request.PageSize is < 1 or > MaxPageSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"page_size must be between 1 and {MaxPageSize}."));
        }
        var after = string.IsNullOrEmpty(request.AfterActivityId) ? Guid.Empty : ParseId(request.AfterActivityId, "after_activity_id");
        var page = await Load(db.Activities
            .Where(a => a.Status == ActivityStatus.Published && a.Id.CompareTo(after) > 0)
            .OrderBy(a => a.Id)
            .Take(request.PageSize), context.CancellationToken);
        return new PublishedActivitiesPage
        {
            Activities = { await ToContractsAsync(page, context.CancellationToken) },
            NextAfterActivityId = page.Count == request.PageSize ? page[^1].Id.ToString() : "",
        };
    }

    [Authorize(Policy = DirectoryPolicies.ReadActivities)]
    public override async Task<GetTaxonomyTermsResponse> GetTaxonomyTerms(GetTaxonomyTermsRequest request, ServerCallContext context)
    {
        if (request.TermIds.Count > MaxIds)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"Ask for at most {MaxIds} terms at once."));
        }
        var taxonomy = await catalog.GetAsync(context.CancellationToken);
        var terms = request.TermIds.Select(id => ParseId(id, "term_ids")).Distinct().Select(taxonomy.Term).OfType<TaxonomyTerm>();
        return new GetTaxonomyTermsResponse
        {
            Terms =
            {
                terms.Select(t => new Contracts.Directory.TaxonomyTerm
                {
                    Id = t.Id.ToString(),
                    Code = t.Code,
                    Name = t.Name,
                    Taxonomy = taxonomy.Taxonomy(t.TaxonomyId)?.Code ?? "",
                    ParentId = t.ParentId?.ToString() ?? "",
                }),
            },
        };
    }

    [Authorize(Policy = DirectoryPolicies.HoldPlaces)]
    public override async Task<HoldPlaceResponse> HoldPlace(HoldPlaceRequest request, ServerCallContext context)
    {
        var activityId = ParseId(request.ActivityId, "activity_id");
        var connectionId = ParseId(request.ConnectionId, "connection_id");
        var (outcome, places) = await holds.HoldAsync(activityId, connectionId, OwnerOf(context, request.TeamId), context.CancellationToken);
        return outcome switch
        {
            HoldOutcome.Held => new HoldPlaceResponse { Outcome = Contracts.Directory.HoldOutcome.Held, TotalPlaces = places!.TotalPlaces, FreePlaces = places.FreePlaces },
            HoldOutcome.NoPlacesLeft => new HoldPlaceResponse { Outcome = Contracts.Directory.HoldOutcome.NoPlacesLeft, TotalPlaces = places!.TotalPlaces, FreePlaces = places.FreePlaces },
            HoldOutcome.ActivityNotFound => throw new RpcException(new Status(StatusCode.NotFound, $"There is no activity {activityId}.")),
            HoldOutcome.ActivityNotPublished => throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Activity {activityId} is not published.")),
            _ => throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"Connection {connectionId} already has a hold on another activity, for another team, or released; a connection holds one place once.")),
        };
    }

    [Authorize(Policy = DirectoryPolicies.HoldPlaces)]
    public override async Task<ReleasePlaceResponse> ReleasePlace(ReleasePlaceRequest request, ServerCallContext context)
    {
        var connectionId = ParseId(request.ConnectionId, "connection_id");
        var (outcome, places) = await holds.ReleaseAsync(connectionId, OwnerOf(context, request.TeamId), context.CancellationToken);
        return new ReleasePlaceResponse
        {
            Outcome = outcome switch
            {
                ReleaseOutcome.Released => Contracts.Directory.ReleaseOutcome.Released,
                ReleaseOutcome.AlreadyReleased => Contracts.Directory.ReleaseOutcome.AlreadyReleased,
                ReleaseOutcome.NotTheOwner => throw new RpcException(new Status(StatusCode.PermissionDenied,
                    $"The place held for connection {connectionId} belongs to another service or team; only its owner gives it back.")),
                _ => Contracts.Directory.ReleaseOutcome.UnknownHold,
            },
            TotalPlaces = places?.TotalPlaces,
            FreePlaces = places?.FreePlaces,
        };
    }

    /// <summary>The calling service (from its token, never the request) acting for the named team.</summary>
    private static HoldOwner OwnerOf(ServerCallContext context, string teamId) =>
        new(context.GetHttpContext().User.FindFirst(ClaimNames.Subject)?.Value
            ?? throw new RpcException(new Status(StatusCode.PermissionDenied, "The token names no service.")),
            ParseId(teamId, "team_id"));

    private static Task<List<Model.Activity>> Load(IQueryable<Model.Activity> query, CancellationToken cancellationToken) =>
        query.AsNoTracking().AsSplitQuery().Include(a => a.Organisation).ToListAsync(cancellationToken);

    private static Guid ParseId(string id, string field) =>
        Guid.TryParse(id, out var parsed)
            ? parsed
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"{field}: '{id}' is not an id (a UUID)."));

    private async Task<IEnumerable<ContractActivity>> ToContractsAsync(IEnumerable<Model.Activity> activities, CancellationToken cancellationToken)
    {
        var taxonomy = await catalog.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        return activities.Select(a => ToContract(a, taxonomy, now));
    }

    private static ContractActivity ToContract(Model.Activity a, TaxonomySnapshot taxonomy, DateTimeOffset now) => new()
    {
        Id = a.Id.ToString(),
        OrganisationId = a.OrganisationId.ToString(),
        OrganisationName = a.Organisation?.Name ?? "",
        Name = a.Name,
        Description = a.Description,
        Status = a.Status.ToString(),
        ModifiedAt = Timestamp.FromDateTimeOffset(a.ModifiedAt),
        NeedCodes = { a.NeedTermIds.Select(id => taxonomy.Term(id)?.Code).OfType<string>() },
        ActivityTypeCodes = { a.ActivityTypeTermIds.Select(id => taxonomy.Term(id)?.Code).OfType<string>() },
        MinimumAge = a.MinimumAge,
        MaximumAge = a.MaximumAge,
        WhoItIsFor = a.WhoItIsFor ?? "",
        AreaServed = a.AreaServed ?? "",
        IsFree = a.IsFree,
        CostOptions =
        {
            a.CostOptions.Select(c => new ContractCostOption
            {
                Option = c.Option,
                Amount = c.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                Currency = c.Currency ?? "",
            }),
        },
        Languages = { a.Languages },
        AccessibilityFeatures = { a.AccessibilityFeatures },
        ReferralMode = a.ReferralMode.ToString(),
        CapacityBasis = a.CapacityBasis.ToString(),
        TotalPlaces = a.TotalPlaces,
        FreePlaces = a.FreePlaces,
        Places =
        {
            a.Locations.Select(l => new Place
            {
                LocationId = l.LocationId.ToString(),
                Name = l.Location!.Name,
                Postcode = l.Location.Postcode,
                PostcodeDistrict = l.Location.PostcodeDistrict,
                Latitude = l.Location.Latitude,
                Longitude = l.Location.Longitude,
            }),
        },
        Schedules =
        {
            a.Schedules.Select(s => new Schedule
            {
                Frequency = s.Frequency.ToString(),
                Interval = s.Interval,
                ByDay = s.ByDay ?? "",
                ByMonthDay = s.ByMonthDay ?? "",
                ValidFrom = IsoDate(s.ValidFrom),
                ValidTo = IsoDate(s.ValidTo),
                Date = IsoDate(s.Date),
                OpensAt = s.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
                ClosesAt = s.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture),
                Weekdays = { s.Weekdays },
            }),
        },
        LastCheckedAt = Timestamp.FromDateTimeOffset(a.LastCheckedAt),
        Stale = a.IsStale(now),
    };

    private static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
