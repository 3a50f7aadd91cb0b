using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Connections;

namespace SocialPrescribing.Referrals.UnitTests.Connections;

internal static class Connections
{
    public static readonly ConnectionLifecycle Lifecycle = new(WeekdayCalendar.Instance);

    // Friday 6 February 2026, 10:00 GMT (UK time equals UTC in winter).
    public static readonly DateTimeOffset SuggestedAt = new(2026, 2, 6, 10, 0, 0, TimeSpan.Zero);

    public static readonly Guid ProviderId = Guid.Parse("6d1f3c1e-0000-4000-8000-000000000001");

    public static Connection Suggest(int agreedWorkingDays = 10) => Connection.Suggest(
        Guid.NewGuid(),
        Guid.NewGuid(),
        new ConnectionTarget(ConnectionTargetKind.Activity, Guid.NewGuid(), ProviderId),
        "lw-1",
        SuggestedAt,
        agreedWorkingDays);
}
