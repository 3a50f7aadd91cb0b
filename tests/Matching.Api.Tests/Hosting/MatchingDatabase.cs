using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Matching.Infrastructure;

namespace SocialPrescribing.Matching.Api.Tests.Hosting;

/// <summary>What the tests read straight from a matching database.</summary>
internal static class MatchingDatabase
{
    /// <summary>How many times new suggestions for the referral were announced (MatchesProposed rows in the outbox).</summary>
    public static Task<int> AnnouncementsAsync(this MatchingContext db, Guid referral) =>
        db.Database.SqlQuery<int>(
                $"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE event_type LIKE '%MatchesProposed%' AND payload->>'referralId' = {referral.ToString()}")
            .SingleAsync(TestContext.Current.CancellationToken);
}
