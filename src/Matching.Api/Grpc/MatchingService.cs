using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Matching;
using GrpcMatching = SocialPrescribing.Contracts.Matching.Matching;

namespace SocialPrescribing.Matching.Grpc;

public sealed class MatchingService(MatchingContext db) : GrpcMatching.MatchingBase
{
    private const int MaxListLimit = 200;

    public override async Task<KnownActivity> GetKnownActivity(GetKnownActivityRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ActivityId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.ActivityId}' is not an activity id."));
        }
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.ActivityId == id, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Activity {id} is not known to the matcher (yet)."));
        return ToContract(activity);
    }

    public override async Task<ListKnownActivitiesResponse> ListKnownActivities(ListKnownActivitiesRequest request, ServerCallContext context)
    {
        if (request.Limit is < 1 or > MaxListLimit)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"limit must be between 1 and {MaxListLimit}."));
        }
        var activities = await db.Activities.AsNoTracking()
            .OrderByDescending(a => a.PublishedAt)
            .Take(request.Limit)
            .ToListAsync(context.CancellationToken);
        return new ListKnownActivitiesResponse { Activities = { activities.Select(ToContract) } };
    }

    private static KnownActivity ToContract(ActivityReadModel activity) => new()
    {
        ActivityId = activity.ActivityId.ToString(),
        OrganisationId = activity.OrganisationId.ToString(),
        Name = activity.Name,
        ReceivedAt = Timestamp.FromDateTimeOffset(activity.ReceivedAt),
    };
}
