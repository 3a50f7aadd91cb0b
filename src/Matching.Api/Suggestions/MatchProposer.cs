using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Messaging.Outbox;

namespace SocialPrescribing.Matching.Suggestions;

/// <summary>
/// Recomputes the top activities and volunteers for referrals, stores them, and announces those that changed
/// as <see cref="MatchesProposedIntegrationEvent"/> through the outbox (same transaction as the stored list).
/// </summary>
public sealed partial class MatchProposer(
    MatchingContext db,
    IIntegrationEventOutbox outbox,
    IOptions<MatchingOptions> options,
    TimeProvider time,
    ILogger<MatchProposer> logger)
{
    private const int BatchSize = 200;

    public async Task ProposeAsync(MatchingSnapshot snapshot, IReadOnlyCollection<Guid> referralIds, CancellationToken cancellationToken)
    {
        var announced = 0;
        foreach (var batch in referralIds.Chunk(BatchSize))
        {
            var stored = await db.ProposedMatches.Where(p => batch.Contains(p.ReferralId)).ToDictionaryAsync(p => p.ReferralId, cancellationToken);
            foreach (var referralId in batch)
            {
                var matches = snapshot.Profiles.TryGetValue(referralId, out var profile) && profile.Location is not null
                    ? Propose(snapshot, profile)
                    : null;
                stored.TryGetValue(referralId, out var record);
                if (matches is null)
                {
                    // Closed, or a profile the matcher cannot place: nothing stays proposed.
                    if (record is not null)
                    {
                        db.ProposedMatches.Remove(record);
                    }
                    continue;
                }
                if (record is not null && record.Matches.SequenceEqual(matches))
                {
                    continue;
                }
                var now = time.GetUtcNow();
                if (record is null)
                {
                    db.ProposedMatches.Add(new ProposedMatchesRecord { ReferralId = referralId, Matches = matches, ProposedAt = now });
                }
                else
                {
                    record.Matches = matches;
                    record.ProposedAt = now;
                }
                outbox.Add(new MatchesProposedIntegrationEvent(referralId, matches, now));
                announced++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        if (announced > 0)
        {
            LogAnnounced(announced, referralIds.Count);
        }
    }

    private List<ProposedMatch>? Propose(MatchingSnapshot snapshot, Domain.Profiles.PersonProfile profile)
    {
        var k = options.Value.ProposedPerKind;
        try
        {
            return
            [
                .. from kind in new[] { CandidateKind.Activity, CandidateKind.Volunteer }
                   from suggestion in snapshot.Suggester.Suggest(profile, kind, k)
                   // Rounded so that a rebuild with the same data, a moment later (waiting time grows), announces nothing new.
                   select new ProposedMatch(suggestion.CandidateId, kind.ToString(), suggestion.Rank, Math.Round(suggestion.Score.Total, 2), suggestion.Name),
            ];
        }
        catch (MatchingDomainException ex)
        {
            LogUnmatchable(profile.ReferralId, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No suggestions for referral {ReferralId}: {Reason}")]
    private partial void LogUnmatchable(Guid referralId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced new suggestions for {Changed} of {Considered} referrals")]
    private partial void LogAnnounced(int changed, int considered);
}
