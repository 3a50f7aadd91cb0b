using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Directory;
using ContractActivity = SocialPrescribing.Contracts.Directory.Activity;
using GrpcDirectory = SocialPrescribing.Contracts.Directory.Directory;

namespace SocialPrescribing.CommunityDirectory.Grpc;

public sealed class DirectoryService(DirectoryContext db) : GrpcDirectory.DirectoryBase
{
    private const int MaxPageSize = 500;

    public override async Task<GetActivitiesResponse> GetActivities(GetActivitiesRequest request, ServerCallContext context)
    {
        var ids = request.ActivityIds.Select(ParseId).ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(context.CancellationToken);
        return new GetActivitiesResponse { Activities = { activities.Select(ToContract) } };
    }

    public override async Task<PublishedActivitiesPage> GetPublishedActivitiesPage(PublishedActivitiesPageRequest request, ServerCallContext context)
    {
        if (request.PageSize is < 1 or > MaxPageSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"page_size must be between 1 and {MaxPageSize}."));
        }
        var after = string.IsNullOrEmpty(request.AfterActivityId) ? Guid.Empty : ParseId(request.AfterActivityId);
        var page = await db.Activities.AsNoTracking()
            .Where(a => a.Status == ActivityStatus.Published && a.Id.CompareTo(after) > 0)
            .OrderBy(a => a.Id)
            .Take(request.PageSize)
            .ToListAsync(context.CancellationToken);
        return new PublishedActivitiesPage
        {
            Activities = { page.Select(ToContract) },
            NextAfterActivityId = page.Count == request.PageSize ? page[^1].Id.ToString() : "",
        };
    }

    private static Guid ParseId(string id) =>
        Guid.TryParse(id, out var parsed)
            ? parsed
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{id}' is not an activity id."));

    private static ContractActivity ToContract(Model.Activity activity) => new()
    {
        Id = activity.Id.ToString(),
        OrganisationId = activity.OrganisationId.ToString(),
        Name = activity.Name,
        Description = activity.Description,
        Status = activity.Status.ToString(),
        ModifiedAt = Timestamp.FromDateTimeOffset(activity.ModifiedAt),
    };
}
