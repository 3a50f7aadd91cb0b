using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Connections;
using static SocialPrescribing.Referrals.Domain.Connections.ConnectionStatus;

namespace SocialPrescribing.Referrals.UnitTests.Connections;

public class ConnectionLifecycleTests
{
    private static readonly ConnectionLifecycle Lifecycle = Connections.Lifecycle;
    private static readonly DateTimeOffset At = Connections.SuggestedAt;

    public static TheoryData<ConnectionStatus, ConnectionStatus> EveryPair() =>
        new(from f in Enum.GetValues<ConnectionStatus>() from t in Enum.GetValues<ConnectionStatus>() select (f, t));

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Exactly_the_agreed_moves_are_allowed(ConnectionStatus from, ConnectionStatus to)
    {
        Assert.Equal(AgreedConnectionLifecycle.Edges.Contains((from, to)), ConnectionLifecycle.CanTransition(from, to));
    }

    [Theory]
    [InlineData(Suggested, Requested, PlaceEffect.Hold)]
    [InlineData(Suggested, Withdrawn, PlaceEffect.None)]
    [InlineData(Requested, Accepted, PlaceEffect.None)]
    [InlineData(Requested, Declined, PlaceEffect.Release)]
    [InlineData(Requested, Withdrawn, PlaceEffect.Release)]
    [InlineData(Accepted, Attended, PlaceEffect.None)]
    [InlineData(Accepted, DroppedOut, PlaceEffect.Release)]
    [InlineData(Attended, Finished, PlaceEffect.Release)]
    [InlineData(Accepted, DidNotAttend, PlaceEffect.None)]
    [InlineData(DidNotAttend, DroppedOut, PlaceEffect.Release)]
    public void Each_move_says_what_to_do_with_the_place(ConnectionStatus from, ConnectionStatus to, PlaceEffect effect)
    {
        Assert.Equal(effect, Lifecycle.Transition(from, to, "lw-1", At, "reason").Place);
    }

    [Fact]
    public void Declining_a_connection_requires_a_reason()
    {
        var error = Assert.Throws<DomainException>(() => Lifecycle.Transition(Requested, Declined, "vcse-9", At, " "));

        Assert.Equal("reason", error.Field);
    }

    [Theory]
    [InlineData(Accepted)]
    [InlineData(Attended)]
    [InlineData(DidNotAttend)]
    public void Dropping_out_requires_a_reason(ConnectionStatus from)
    {
        var error = Assert.Throws<DomainException>(() => Lifecycle.Transition(from, DroppedOut, "vcse-9", At, null));

        Assert.Equal(("reason", "A reason for dropping out is required."), (error.Field, error.Message));
    }

    [Fact]
    public void A_person_who_did_not_attend_can_still_attend_a_later_session()
    {
        Assert.Equal(Attended, Lifecycle.Transition(DidNotAttend, Attended, "vcse-9", At).Transition.To);
    }

    [Fact]
    public void Attendance_outcomes_are_exactly_attended_did_not_attend_and_dropped_out()
    {
        Assert.Equal([Attended, DidNotAttend, DroppedOut], ConnectionLifecycle.AttendanceOutcomes);
    }

    [Fact]
    public void A_decline_keeps_its_reason()
    {
        var result = Lifecycle.Transition(Requested, Declined, "vcse-9", At, "Group is full until spring");

        Assert.Equal("Group is full until spring", result.Transition.Reason);
    }

    [Fact]
    public void Skipping_the_request_is_refused_with_the_missing_step()
    {
        var error = Assert.Throws<DomainException>(() => Lifecycle.Transition(Suggested, Attended, "lw-1", At));

        Assert.Equal("A connection that is Suggested cannot move to Attended: it must be requested and accepted first.", error.Message);
    }

    [Theory]
    [InlineData(Declined)]
    [InlineData(Expired)]
    [InlineData(Finished)]
    [InlineData(DroppedOut)]
    [InlineData(Withdrawn)]
    public void Final_states_go_nowhere(ConnectionStatus final)
    {
        Assert.True(ConnectionLifecycle.IsFinal(final));
        Assert.Contains("is final", Assert.Throws<DomainException>(() => Lifecycle.Transition(final, Requested, "lw-1", At)).Message);
    }

    [Fact]
    public void A_request_is_due_an_answer_by_the_end_of_the_agreed_working_day()
    {
        // Sent Fri 6 Feb 2026 with 10 working days: Mon 9–Fri 13 are 1–5, Mon 16–Fri 20 are 6–10.
        var window = new ResponseWindow(At, 10);

        Assert.Equal(new DateOnly(2026, 2, 20), Lifecycle.AnswerDueBy(window));
    }

    [Fact]
    public void A_request_cannot_expire_before_the_agreed_time_has_passed()
    {
        var window = new ResponseWindow(At, 10);
        var lastMinuteOfDueDay = new DateTimeOffset(2026, 2, 20, 23, 59, 0, TimeSpan.Zero);

        var error = Assert.Throws<DomainException>(() => Lifecycle.Transition(Requested, Expired, "system", lastMinuteOfDueDay, window: window));

        Assert.Contains("within 10 working days, which runs to the end of 2026-02-20", error.Message);
    }

    [Fact]
    public void A_request_expires_once_the_agreed_time_has_passed_and_releases_the_place()
    {
        var window = new ResponseWindow(At, 10);
        var saturdayAfter = new DateTimeOffset(2026, 2, 21, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(PlaceEffect.Release, Lifecycle.Transition(Requested, Expired, "system", saturdayAfter, window: window).Place);
    }

    [Fact]
    public void Expiry_needs_the_response_window()
    {
        Assert.Equal("window", Assert.Throws<DomainException>(() => Lifecycle.Transition(Requested, Expired, "system", At.AddYears(1))).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ResponseWindow.MaxAgreedWorkingDays + 1)]
    [InlineData(int.MaxValue)]
    public void An_agreed_response_time_is_one_working_day_to_a_year_of_them(int agreedWorkingDays)
    {
        Assert.Equal("agreedWorkingDays", Assert.Throws<DomainException>(() => Connections.Suggest(agreedWorkingDays)).Field);
    }
}
