using SocialPrescribing.Contracts.Directory;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.Referrals.Infrastructure;

/// <summary>Holds and releases places through the directory's gRPC API, which decides who gets the last one.</summary>
internal sealed class DirectoryPlaces(DirectoryClient directory) : IPlaces
{
    public async Task<bool> HoldAsync(Guid activityId, Guid holdId, CancellationToken cancellationToken)
    {
        var response = await directory.HoldPlaceAsync(
            new HoldPlaceRequest { ActivityId = activityId.ToString(), HoldId = holdId.ToString() },
            cancellationToken: cancellationToken);
        return response.Outcome == HoldOutcome.Held;
    }

    public async Task ReleaseAsync(Guid holdId, CancellationToken cancellationToken) =>
        await directory.ReleasePlaceAsync(new ReleasePlaceRequest { HoldId = holdId.ToString() }, cancellationToken: cancellationToken);
}
