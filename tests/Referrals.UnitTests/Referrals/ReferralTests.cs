using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;
using static SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;

namespace SocialPrescribing.Referrals.UnitTests.Referrals;

public class ReferralTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A referral just received, with a plan agreed so the lifecycle alone decides its moves.</summary>
    internal static Referral NewReferral()
    {
        var referral = Unplanned();
        referral.AgreePlan([new PlanGoal("Meet people", [], null)], DateOnly.FromDateTime(Start.Date).AddDays(28), "lw-1", Start, DateOnly.FromDateTime(Start.Date));
        return referral;
    }

    internal static Referral Unplanned() => Referral.Receive(
        Guid.NewGuid(),
        Guid.NewGuid(),
        new ReferralDetails(ReferralSource.GpPractice, new Referrer("Dr A Patel", "Meanwood Health Centre", "B86012"), "Isolated after bereavement", Urgency.Routine),
        "lw-1",
        Start);

    [Fact]
    public void A_referral_goes_the_whole_way_and_keeps_every_step()
    {
        var referral = NewReferral();
        var steps = new[] { Contacted, Assessed, Connecting, Connected, FollowUp };

        for (var i = 0; i < steps.Length; i++)
        {
            referral.MoveTo(steps[i], "lw-1", Start.AddDays(i + 1), $"step {i + 1}");
        }
        referral.Close(new ReferralClosure(ClosureReason.Completed, "Joined a choir", "Attends weekly; feels less alone"), "lw-1", Start.AddDays(30));

        Assert.Equal(Closed, referral.Status);
        Assert.Equal([Contacted, Assessed, Connecting, Connected, FollowUp, Closed], referral.History.Select(t => t.To));
        Assert.Equal("Attends weekly; feels less alone", referral.History[^1].Reason);
    }

    [Fact]
    public void A_referral_the_person_declines_is_coded_as_social_prescribing_declined()
    {
        var referral = NewReferral();

        referral.Close(new ReferralClosure(ClosureReason.DeclinedByPerson, "Did not want support", "Declined on first call"), "lw-1", Start.AddDays(1));

        Assert.Equal("871711000000103", referral.Closure!.Code.Value);
    }

    [Fact]
    public void A_referral_closed_for_any_other_reason_keeps_the_referral_code()
    {
        Assert.Equal("871731000000106", new ReferralClosure(ClosureReason.Moved, "Moved to Wakefield", "Signposted locally").Code.Value);
    }

    [Fact]
    public void Closing_through_MoveTo_is_refused_so_no_closure_goes_without_an_outcome()
    {
        var referral = NewReferral();

        Assert.Throws<DomainException>(() => referral.MoveTo(Closed, "lw-1", Start, "Done"));
        Assert.Empty(referral.History);
    }

    [Fact]
    public void A_refused_move_leaves_the_referral_as_it_was()
    {
        var referral = NewReferral();

        Assert.Throws<DomainException>(() => referral.MoveTo(Connected, "lw-1", Start, "Too fast"));

        Assert.Equal(Received, referral.Status);
        Assert.Empty(referral.History);
    }

    [Fact]
    public void A_closed_referral_cannot_be_changed()
    {
        var referral = NewReferral();
        referral.Close(new ReferralClosure(ClosureReason.UnableToContact, "No answer", "Three calls, one letter"), "lw-1", Start.AddDays(14));

        Assert.Throws<DomainException>(() => referral.ChangeDetails(referral.Details));
    }

    [Fact]
    public void A_stored_referral_is_rebuilt_by_replaying_its_history()
    {
        var original = NewReferral();
        original.MoveTo(Contacted, "lw-1", Start.AddDays(1), "Phoned");
        original.Close(new ReferralClosure(ClosureReason.Moved, "Moved away", "Moved to York"), "lw-1", Start.AddDays(2));

        var restored = Referral.Restore(original.Id, original.PersonId, original.Details, original.ReceivedBy, original.ReceivedAt, original.History, original.Closure);

        Assert.Equal(Closed, restored.Status);
        Assert.Equal(original.History, restored.History);
    }

    [Fact]
    public void A_stored_history_the_lifecycle_forbids_is_refused()
    {
        var forbidden = new[] { new ReferralTransition(Received, Connected, "lw-1", Start, "Imported") };

        Assert.Throws<DomainException>(() => Referral.Restore(Guid.NewGuid(), Guid.NewGuid(), NewReferral().Details, "lw-1", Start, forbidden, null));
    }
}
