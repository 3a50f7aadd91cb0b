using SocialPrescribing.Referrals.Domain.Connections;
using static SocialPrescribing.Referrals.Domain.Connections.ConnectionStatus;

namespace SocialPrescribing.Referrals.UnitTests.Connections;

public class ConnectionTests
{
    private static readonly ConnectionLifecycle Lifecycle = Connections.Lifecycle;
    private static readonly DateTimeOffset Suggested = Connections.SuggestedAt;

    [Fact]
    public void The_response_window_starts_when_the_request_is_sent_not_when_suggested()
    {
        var connection = Connections.Suggest(agreedWorkingDays: 5);
        Assert.Null(connection.Window);

        connection.MoveTo(Requested, "lw-1", Suggested.AddDays(3), Lifecycle);

        Assert.Equal(new ResponseWindow(Suggested.AddDays(3), 5), connection.Window);
    }

    [Fact]
    public void An_unanswered_request_is_expired_by_the_connection_using_its_own_window()
    {
        var connection = Connections.Suggest(agreedWorkingDays: 1);
        connection.MoveTo(Requested, "lw-1", Suggested, Lifecycle);

        // Sent Fri 6 Feb with 1 working day: due by Mon 9 Feb, so Tue 10 Feb is past it.
        var result = connection.MoveTo(Expired, "system", new DateTimeOffset(2026, 2, 10, 0, 0, 0, TimeSpan.Zero), Lifecycle);

        Assert.Equal(PlaceEffect.Release, result.Place);
        Assert.False(connection.HoldsPlace);
    }

    [Fact]
    public void A_stored_connection_is_rebuilt_by_replaying_its_history()
    {
        var original = Connections.Suggest();
        original.MoveTo(Requested, "lw-1", Suggested.AddHours(1), Lifecycle);
        original.MoveTo(Accepted, "vcse-9", Suggested.AddHours(5), Lifecycle);

        var restored = Connection.Restore(original.Id, original.ReferralId, original.Target, original.AgreedResponseWorkingDays,
            original.SuggestedBy, original.SuggestedAt, original.History, Lifecycle);

        Assert.Equal(Accepted, restored.Status);
        Assert.True(restored.HoldsPlace);
        Assert.Equal(original.History, restored.History);
    }
}
