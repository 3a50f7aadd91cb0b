using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Inbox;

namespace SocialPrescribing.Referrals.IntegrationEvents;

/// <summary>Records the matcher's suggestions against the referral; an older announcement never replaces a newer one.</summary>
public sealed class MatchesProposedConsumer(ReferralsContext db, TimeProvider time, ILogger<MatchesProposedConsumer> logger)
    : IdempotentConsumer<MatchesProposedIntegrationEvent, ReferralsContext>(db, time, logger)
{
    protected override async Task HandleAsync(MatchesProposedIntegrationEvent message, CancellationToken cancellationToken)
    {
        // Locked until this transaction ends: replicas applying two announcements for one referral at once must not
        // let the older one, committed last, win.
        var record = await Db.Suggestions
            .FromSql($"""SELECT * FROM suggestions WHERE "ReferralId" = {message.ReferralId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            record = new SuggestionsRecord { ReferralId = message.ReferralId };
            Db.Suggestions.Add(record);
        }
        else if (message.ProposedAt < record.ProposedAt)
        {
            return;
        }
        record.ProposedAt = message.ProposedAt;
        record.Matches = [.. message.Matches.OrderBy(m => m.Kind).ThenBy(m => m.Rank)];
    }
}
