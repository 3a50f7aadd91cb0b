using System.Collections.Concurrent;
using Grpc.Core;
using SocialPrescribing.Contracts.Directory;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.Matching.Api.Tests.Hosting;

/// <summary>The directory as the matcher sees it through gRPC: the activities a test puts here, and a count of reads by id.</summary>
internal sealed class FakeDirectory : DirectoryClient
{
    private readonly ConcurrentDictionary<string, Activity> activities = new();
    private readonly ConcurrentDictionary<string, int> reads = new();

    public void Put(Activity activity) => activities[activity.Id] = activity;

    /// <summary>While true, the snapshot read fails as a directory that is down or still starting would.</summary>
    public bool Down { get; set; }

    public int ReadsOf(Guid activityId) => reads.GetValueOrDefault(activityId.ToString());

    public override AsyncUnaryCall<GetActivitiesResponse> GetActivitiesAsync(GetActivitiesRequest request, CallOptions options)
    {
        foreach (var id in request.ActivityIds)
        {
            reads.AddOrUpdate(id, 1, (_, n) => n + 1);
        }
        return GrpcCalls.Answer(new GetActivitiesResponse { Activities = { request.ActivityIds.Select(activities.GetValueOrDefault).OfType<Activity>() } });
    }

    public override AsyncUnaryCall<PublishedActivitiesPage> GetPublishedActivitiesPageAsync(PublishedActivitiesPageRequest request, CallOptions options)
    {
        if (Down)
        {
            return GrpcCalls.Fail<PublishedActivitiesPage>(StatusCode.Unavailable, "The directory is starting.");
        }
        var page = activities.Values
            .Where(a => string.CompareOrdinal(a.Id, request.AfterActivityId) > 0)
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Take(request.PageSize)
            .ToList();
        var last = page.Count == request.PageSize ? page[^1].Id : "";
        return GrpcCalls.Answer(new PublishedActivitiesPage { Activities = { page }, NextAfterActivityId = last });
    }
}
