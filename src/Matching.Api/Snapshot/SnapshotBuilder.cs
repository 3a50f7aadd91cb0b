using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Matching.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>Reads the stored read models whole and compiles a new snapshot from them.</summary>
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Left {Activities} activities and {Volunteers} volunteers out of the snapshot: no place the matcher can locate, or an impossible age range")]
    private partial void LogUnplaceable(int activities, int volunteers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching snapshot built: {Activities} activities, {Volunteers} volunteers, {Referrals} referrals")]
    private partial void LogBuilt(int activities, int volunteers, int referrals);
}
