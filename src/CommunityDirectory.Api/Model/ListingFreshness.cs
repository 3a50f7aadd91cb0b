namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>A listing nobody has confirmed for six months may be out of date: it is shown as stale.</summary>
public static class ListingFreshness
{
    public const int StaleAfterMonths = 6;

    public static DateTimeOffset StaleBefore(DateTimeOffset now) => now.AddMonths(-StaleAfterMonths);

    public static bool IsStale(DateTimeOffset lastCheckedAt, DateTimeOffset now) => lastCheckedAt < StaleBefore(now);
}
