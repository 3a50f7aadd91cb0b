using Grpc.Core;
using SocialPrescribing.Contracts.Referrals;
using SocialPrescribing.Matching.Configuration;
using ReferralsClient = SocialPrescribing.Contracts.Referrals.Referrals.ReferralsClient;

namespace SocialPrescribing.Matching.Sources;

/// <summary>Keeps referral profiles in step with the referrals service, reading each through gRPC when it changes.</summary>
public sealed class ProfileStore(MatchingContext db, ReferralsClient referrals, MatchingReference reference, TimeProvider time)
{
    private const string Closed = "Closed";

    /// <summary>
    /// Reads the referral's profile and stores it (the caller saves); removes it when the referral is closed or unknown.
    /// Returns the stored profile, or null.
    /// </summary>
    public async Task<ReferralProfileReadModel?> RefreshAsync(Guid referralId, DateTimeOffset? submittedAt, CancellationToken cancellationToken)
    {
        var profile = await FetchAsync(referralId, cancellationToken);
        var row = await db.Profiles.FindAsync([referralId], cancellationToken);
        if (profile is null || profile.Status.StartsWith(Closed, StringComparison.OrdinalIgnoreCase))
        {
            if (row is not null)
            {
                db.Profiles.Remove(row);
            }
            return null;
        }
        if (row is null)
        {
            row = new ReferralProfileReadModel { ReferralId = referralId };
            db.Profiles.Add(row);
        }
        if (submittedAt is { } submitted)
        {
            row.WaitingSince = submitted;
        }
        ProfileDetails.CopyTo(profile, row, reference, time.GetUtcNow());
        return row;
    }

    public async Task RemoveAsync(Guid referralId, CancellationToken cancellationToken)
    {
        if (await db.Profiles.FindAsync([referralId], cancellationToken) is { } row)
        {
            db.Profiles.Remove(row);
        }
    }

    private async Task<MatchingProfile?> FetchAsync(Guid referralId, CancellationToken cancellationToken)
    {
        try
        {
            return await referrals.GetMatchingProfileAsync(new GetMatchingProfileRequest { ReferralId = referralId.ToString() }, cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }
}
