using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Matching.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>Reads the stored read models whole and compiles a new snapshot from them, or reads some referrals' profiles into the current one.</summary>
public sealed partial class SnapshotBuilder(MatchingContext db, MatchingReference reference, TimeProvider time, ILogger<SnapshotBuilder> logger)
{
    public async Task<MatchingSnapshot> BuildAsync(CancellationToken cancellationToken)
    {
        var activities = await db.Activities.AsNoTracking().ToListAsync(cancellationToken);
        var volunteers = await db.Volunteers.AsNoTracking().ToListAsync(cancellationToken);
        var profiles = await db.Profiles.AsNoTracking().ToListAsync(cancellationToken);
        var ratings = await db.ActivityRatings.AsNoTracking().ToDictionaryAsync(r => r.ActivityId, cancellationToken);

        var activityCandidates = activities.Select(a => ReadModelMapping.ToCandidate(a, ratings.GetValueOrDefault(a.ActivityId))).OfType<ActivityCandidate>().ToList();
        var volunteerCandidates = volunteers.Select(v => ReadModelMapping.ToCandidate(v, reference)).OfType<VolunteerCandidate>().ToList();
        if (activityCandidates.Count < activities.Count || volunteerCandidates.Count < volunteers.Count)
        {
            LogUnplaceable(activities.Count - activityCandidates.Count, volunteers.Count - volunteerCandidates.Count);
        }
        var model = MatchingReadModel.Create(reference.Taxonomy, activityCandidates, volunteerCandidates);
        var people = profiles.ToDictionary(p => p.ReferralId, p => ReadModelMapping.ToProfile(p, reference));
        var snapshot = new MatchingSnapshot(model, people, reference.Configuration, time, time.GetUtcNow());
        LogBuilt(model.ActivityCount, model.VolunteerCount, people.Count);
        return snapshot;
    }

    /// <summary>
    /// The current snapshot with the given referrals' profiles read again (dropped when no longer stored, as a closed
    /// referral's is): the candidates are left as they are.
    /// </summary>
    public async Task<MatchingSnapshot> UpdateProfilesAsync(MatchingSnapshot current, IReadOnlyCollection<Guid> referralIds, CancellationToken cancellationToken)
    {
        var stored = await db.Profiles.AsNoTracking().Where(p => referralIds.Contains(p.ReferralId)).ToListAsync(cancellationToken);
        var people = new Dictionary<Guid, PersonProfile>(current.Profiles);
        foreach (var id in referralIds)
        {
            people.Remove(id);
        }
        foreach (var profile in stored)
        {
            people[profile.ReferralId] = ReadModelMapping.ToProfile(profile, reference);
        }
        LogUpdated(referralIds.Count, people.Count);
        return current.WithProfiles(people, time.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Matching snapshot updated: {Changed} referral profiles read again, {Referrals} referrals")]
    private partial void LogUpdated(int changed, int referrals);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Left {Activities} activities and {Volunteers} volunteers out of the snapshot: no place the matcher can locate, or an impossible age range")]
    private partial void LogUnplaceable(int activities, int volunteers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching snapshot built: {Activities} activities, {Volunteers} volunteers, {Referrals} referrals")]
    private partial void LogBuilt(int activities, int volunteers, int referrals);
}
