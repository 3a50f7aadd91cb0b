using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Referrals;
using SocialPrescribing.Matching.Configuration;
using ReferralsClient = SocialPrescribing.Contracts.Referrals.Referrals.ReferralsClient;

namespace SocialPrescribing.Matching.Sources;

/// <summary>Keeps referral profiles in step with the referrals service, reading each through gRPC when it changes, or all of them to catch up.</summary>
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
        return Upsert(profile, row, submittedAt);
    }

    /// <summary>Reads every open referral's profile, page by page, into the read model; returns how many.</summary>
    public async Task<int> CatchUpAsync(int pageSize, CancellationToken cancellationToken)
    {
        var count = 0;
        var after = "";
        do
        {
            var page = await referrals.GetOpenMatchingProfilesPageAsync(
                new OpenMatchingProfilesPageRequest { AfterReferralId = after, PageSize = pageSize }, cancellationToken: cancellationToken);
            var ids = page.Profiles.Select(p => Guid.Parse(p.ReferralId)).ToList();
            var rows = await db.Profiles.Where(p => ids.Contains(p.ReferralId)).ToDictionaryAsync(p => p.ReferralId, cancellationToken);
            foreach (var profile in page.Profiles)
            {
                Upsert(profile, rows.GetValueOrDefault(Guid.Parse(profile.ReferralId)), submittedAt: null);
                count++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = page.NextAfterReferralId;
        }
        while (after.Length > 0);
        return count;
    }

    private ReferralProfileReadModel Upsert(MatchingProfile profile, ReferralProfileReadModel? row, DateTimeOffset? submittedAt)
    {
        if (row is null)
        {
            row = new ReferralProfileReadModel { ReferralId = Guid.Parse(profile.ReferralId) };
            db.Profiles.Add(row);
        }
        // The referral's own receipt time is what the person has waited since; the event's is the fallback.
        if ((profile.ReceivedAt?.ToDateTimeOffset() ?? submittedAt) is { } since)
        {
            row.WaitingSince = since;
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
