using Grpc.Core;
using SocialPrescribing.Authorization;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.Contracts.Directory;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class PlaceHoldTests(DirectoryApp app)
{
    private const int Runs = 30;
    private const int Contenders = 6;
    private static readonly string Team = Guid.NewGuid().ToString();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static HoldPlaceRequest Hold(string activityId, string connectionId, string teamId) =>
        new() { ActivityId = activityId, ConnectionId = connectionId, TeamId = teamId };

    private static ReleasePlaceRequest Release(string connectionId, string teamId) => new() { ConnectionId = connectionId, TeamId = teamId };

    [Fact]
    public async Task When_several_connections_take_the_last_place_at_once_exactly_one_wins_every_time()
    {
        var group = await app.RegisterOrganisationAsync();
        var location = await group.CreateLocationAsync();
        var directory = app.CreateGrpcClient(TestTokens.Service(ServiceClients.Referrals));

        for (var run = 0; run < Runs; run++)
        {
            var activityId = (await group.PublishActivityAsync(location, a => a["totalPlaces"] = 1)).ToString();
            using var start = new ManualResetEventSlim();
            var attempts = Enumerable.Range(0, Contenders).Select(_ => Task.Run(async () =>
            {
                start.Wait(Ct);
                return await directory.HoldPlaceAsync(Hold(activityId, Guid.NewGuid().ToString(), Team), cancellationToken: Ct);
            }, Ct)).ToList();
            start.Set();
            var outcomes = await Task.WhenAll(attempts);

            Assert.Single(outcomes, o => o.Outcome == HoldOutcome.Held);
            Assert.Equal(Contenders - 1, outcomes.Count(o => o.Outcome == HoldOutcome.NoPlacesLeft));
            Assert.All(outcomes, o => Assert.Equal(0, o.FreePlaces));
        }
    }

    [Fact]
    public async Task A_retried_hold_takes_no_second_place_and_a_release_gives_it_back_once()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = (await group.PublishActivityAsync(await group.CreateLocationAsync(), a => a["totalPlaces"] = 3)).ToString();
        var directory = app.CreateGrpcClient(TestTokens.Service(ServiceClients.Referrals));
        var connectionId = Guid.NewGuid().ToString();

        var first = await directory.HoldPlaceAsync(Hold(activityId, connectionId, Team), cancellationToken: Ct);
        var retry = await directory.HoldPlaceAsync(Hold(activityId, connectionId, Team), cancellationToken: Ct);
        // 3 places, one held once: 3 − 1 = 2 free after both calls.
        Assert.Equal((HoldOutcome.Held, 2), (first.Outcome, first.FreePlaces!.Value));
        Assert.Equal((HoldOutcome.Held, 2), (retry.Outcome, retry.FreePlaces!.Value));

        var released = await directory.ReleasePlaceAsync(Release(connectionId, Team), cancellationToken: Ct);
        var releasedAgain = await directory.ReleasePlaceAsync(Release(connectionId, Team), cancellationToken: Ct);
        Assert.Equal((ReleaseOutcome.Released, 3), (released.Outcome, released.FreePlaces!.Value));
        Assert.Equal((ReleaseOutcome.AlreadyReleased, 3), (releasedAgain.Outcome, releasedAgain.FreePlaces!.Value));

        var reuse = await Assert.ThrowsAsync<RpcException>(() =>
            directory.HoldPlaceAsync(Hold(activityId, connectionId, Team), cancellationToken: Ct).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, reuse.StatusCode);
    }

    [Fact]
    public async Task A_connections_place_is_given_back_only_by_the_service_and_team_that_hold_it()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = (await group.PublishActivityAsync(await group.CreateLocationAsync(), a => a["totalPlaces"] = 3)).ToString();
        var holder = app.CreateGrpcClient(TestTokens.Service(ServiceClients.Referrals));
        var otherService = app.CreateGrpcClient(TestTokens.Service(ServiceClients.Matching));
        var connectionId = Guid.NewGuid().ToString();
        var otherTeam = Guid.NewGuid().ToString();
        await holder.HoldPlaceAsync(Hold(activityId, connectionId, Team), cancellationToken: Ct);

        var byOtherTeam = await Assert.ThrowsAsync<RpcException>(() => holder.ReleasePlaceAsync(Release(connectionId, otherTeam), cancellationToken: Ct).ResponseAsync);
        var byOtherService = await Assert.ThrowsAsync<RpcException>(() => otherService.ReleasePlaceAsync(Release(connectionId, Team), cancellationToken: Ct).ResponseAsync);
        var takenOver = await Assert.ThrowsAsync<RpcException>(() => holder.HoldPlaceAsync(Hold(activityId, connectionId, otherTeam), cancellationToken: Ct).ResponseAsync);
        var stillHeld = await holder.HoldPlaceAsync(Hold(activityId, connectionId, Team), cancellationToken: Ct);
        var byOwner = await holder.ReleasePlaceAsync(Release(connectionId, Team), cancellationToken: Ct);

        Assert.Equal(StatusCode.PermissionDenied, byOtherTeam.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byOtherService.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, takenOver.StatusCode);
        Assert.Equal((HoldOutcome.Held, 2), (stillHeld.Outcome, stillHeld.FreePlaces!.Value));
        Assert.Equal((ReleaseOutcome.Released, 3), (byOwner.Outcome, byOwner.FreePlaces!.Value));
    }

    [Fact]
    public async Task A_hold_must_name_its_connection_and_team()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = (await group.PublishActivityAsync(await group.CreateLocationAsync())).ToString();
        var directory = app.CreateGrpcClient(TestTokens.Service(ServiceClients.Referrals));

        var noTeam = await Assert.ThrowsAsync<RpcException>(() =>
            directory.HoldPlaceAsync(new HoldPlaceRequest { ActivityId = activityId, ConnectionId = Guid.NewGuid().ToString() }, cancellationToken: Ct).ResponseAsync);
        var noConnection = await Assert.ThrowsAsync<RpcException>(() =>
            directory.HoldPlaceAsync(new HoldPlaceRequest { ActivityId = activityId, TeamId = Team }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (noTeam.StatusCode, noConnection.StatusCode));
    }

    [Fact]
    public async Task The_snapshot_pages_through_published_activities_with_their_details()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = (await group.PublishActivityAsync(await group.CreateLocationAsync("WS1 3RP"))).ToString();
        var directory = app.CreateGrpcClient(TestTokens.Service(ServiceClients.Matching));

        var found = new List<Activity>();
        var after = "";
        do
        {
            var page = await directory.GetPublishedActivitiesPageAsync(new PublishedActivitiesPageRequest { AfterActivityId = after, PageSize = 50 }, cancellationToken: Ct);
            found.AddRange(page.Activities);
            after = page.NextAfterActivityId;
        }
        while (after != "");

        var activity = Assert.Single(found, a => a.Id == activityId);
        Assert.Equal(["loneliness", "physical-activity"], activity.NeedCodes);
        Assert.Equal("WS1", Assert.Single(activity.Places).PostcodeDistrict);
        Assert.Equal(found.Count, found.Select(a => a.Id).Distinct().Count());
    }
}
