using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;
using static SocialPrescribing.Referrals.Domain.Referrals.ClosureReason;
using static SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;

namespace SocialPrescribing.Referrals.UnitTests.Referrals;

public class ReferralLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<ReferralStatus, ReferralStatus> EveryPair() =>
        new(from f in Enum.GetValues<ReferralStatus>() from t in Enum.GetValues<ReferralStatus>() select (f, t));

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Exactly_the_agreed_moves_are_allowed(ReferralStatus from, ReferralStatus to)
    {
        Assert.Equal(AgreedReferralLifecycle.Edges.Contains((from, to)), ReferralLifecycle.CanTransition(from, to));
    }

    [Fact]
    public void A_transition_records_who_when_and_why()
    {
        var transition = ReferralLifecycle.Transition(Received, Contacted, " lw-7 ", Now, " Spoke on the phone ");

        Assert.Equal(new ReferralTransition(Received, Contacted, "lw-7", Now, "Spoke on the phone"), transition);
    }

    [Fact]
    public void Skipping_steps_is_refused_saying_which_steps_are_missing()
    {
        var error = Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(Received, Connected, "lw-1", Now, "Keen to start"));

        Assert.Equal("A referral that is Received cannot move to Connected: it must be contacted, assessed and connecting first.", error.Message);
        Assert.Equal("status", error.Field);
    }

    [Fact]
    public void Skipping_one_step_names_that_step()
    {
        var error = Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(Contacted, Connecting, "lw-1", Now, "Plan obvious"));

        Assert.Equal("A referral that is Contacted cannot move to Connecting: it must be assessed first.", error.Message);
    }

    [Fact]
    public void Going_back_is_refused_listing_where_the_referral_can_go()
    {
        var error = Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(Assessed, Received, "lw-1", Now, "Oops"));

        Assert.Equal("A referral that is Assessed cannot move back to Received; from Assessed it can move to: Connecting, Closed.", error.Message);
    }

    [Fact]
    public void A_closed_referral_is_final()
    {
        var error = Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(Closed, Contacted, "lw-1", Now, "Came back"));

        Assert.Contains("final; make a new referral instead", error.Message);
    }

    [Fact]
    public void Closing_needs_a_closure_reason()
    {
        var error = Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(Contacted, Closed, "lw-1", Now, "Done"));

        Assert.Equal("closureReason", error.Field);
        Assert.Contains("DeclinedByPerson, UnableToContact, Moved, Other", error.Message);
    }

    [Theory]
    [InlineData(Received, DeclinedByPerson)]
    [InlineData(Received, UnableToContact)]
    [InlineData(Contacted, UnableToContact)]
    [InlineData(Assessed, Moved)]
    [InlineData(Connected, Other)]
    [InlineData(FollowUp, Completed)]
    [InlineData(FollowUp, UnableToContact)]
    public void A_referral_closes_with_a_reason_its_status_allows(ReferralStatus from, ClosureReason reason)
    {
        var transition = ReferralLifecycle.Transition(from, Closed, "lw-1", Now, "Closing", reason);

        Assert.Equal(reason, transition.ClosureReason);
    }

    [Theory]
    [InlineData(Connected, Completed, "a referral is completed only from follow-up")]
    [InlineData(Received, Completed, "a referral is completed only from follow-up")]
    [InlineData(Assessed, UnableToContact, "unable to contact applies before assessment or at follow-up")]
    public void A_closure_reason_the_status_does_not_allow_is_refused_with_the_rule(ReferralStatus from, ClosureReason reason, string rule)
    {
        var error = Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(from, Closed, "lw-1", Now, "Closing", reason));

        Assert.Equal("closureReason", error.Field);
        Assert.StartsWith($"A referral that is {from} cannot be closed as {reason}: {rule}", error.Message);
    }

    [Fact]
    public void A_closure_reason_is_only_given_when_closing()
    {
        Assert.False(ReferralLifecycle.CanTransition(Received, Contacted, Completed));
        Assert.Equal("closureReason", Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(Received, Contacted, "lw-1", Now, "Phoned", Moved)).Field);
    }

    [Theory]
    [InlineData("", "Phoned", "actorId")]
    [InlineData("lw-1", " ", "reason")]
    public void Every_transition_needs_who_and_why(string actor, string reason, string field)
    {
        Assert.Equal(field, Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(Received, Contacted, actor, Now, reason)).Field);
    }

    [Fact]
    public void Moving_to_the_same_status_is_refused()
    {
        Assert.Equal("The referral is already Assessed.", Assert.Throws<DomainException>(() => ReferralLifecycle.Transition(Assessed, Assessed, "lw-1", Now, "Again")).Message);
    }

    [Fact]
    public void An_undefined_status_is_refused_rather_than_guessed()
    {
        Assert.Throws<DomainException>(() => ReferralLifecycle.CanTransition((ReferralStatus)42, Contacted));
    }
}
