using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialPrescribing.Matching.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Matching.Sources;

namespace SocialPrescribing.Matching.Grpc;

/// <summary>
/// Finds a referral's profile for a request: in the snapshot, or else read from the referrals service and stored
/// (a referral whose events this replica has not seen yet, or a wiped database).
/// </summary>
public sealed class ReferralProfiles(MatchingContext db, ProfileStore store, ReadModelChanges changes, MatchingReference reference)
{
    public async Task<PersonProfile?> FindAsync(MatchingSnapshot snapshot, Guid referralId, CancellationToken cancellationToken)
    {
        if (snapshot.Profiles.TryGetValue(referralId, out var profile))
        {
            return profile;
        }
        var row = await store.RefreshAsync(referralId, submittedAt: null, cancellationToken);
        if (row is null)
        {
            return null;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The referral's own event stored the profile at the same moment: it is stored either way.
            db.ChangeTracker.Clear();
        }
        await changes.NotifyReplicasAsync(db, "referral profile", cancellationToken);
        changes.ProfileChanged(referralId);
        return ReadModelMapping.ToProfile(row, reference);
    }
}
