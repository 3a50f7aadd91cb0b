using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;
using static SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;

namespace SocialPrescribing.Referrals.UnitTests.Referrals;

public class ReferralTriageTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static Referral SelfReferral() => Referral.ReceiveSelfReferral(
        Guid.NewGuid(), Guid.NewGuid(), new ReferralDetails(ReferralSource.SelfReferral, null, "I feel lonely since I retired", Urgency.Routine), "web-service", Start);

    [Fact]
    public void A_self_referral_from_the_public_web_waits_for_triage()
    {
        Assert.Equal(AwaitingTriage, SelfReferral().Status);
    }

    [Fact]
    public void Only_a_self_referral_waits_for_triage()
    {
        var details = new ReferralDetails(ReferralSource.GpPractice, new Referrer("Dr A Patel", "Meanwood Health Centre", "B86012"), "Isolated", Urgency.Routine);

        var error = Assert.Throws<DomainException>(() => Referral.ReceiveSelfReferral(Guid.NewGuid(), Guid.NewGuid(), details, "web-service", Start));

        Assert.Equal("source", error.Field);
    }

    [Fact]
    public void Nobody_contacts_the_person_before_triage()
    {
        var referral = SelfReferral();

        var error = Assert.Throws<DomainException>(() => referral.MoveTo(Contacted, "lw-1", Start.AddHours(1), "Rang her"));

        Assert.Equal("A self-referral awaiting triage cannot move to Contacted: a link worker must triage it for safeguarding first.", error.Message);
        Assert.Equal(AwaitingTriage, referral.Status);
    }

    [Fact]
    public void Triage_needs_its_outcome()
    {
        var referral = SelfReferral();

        var error = Assert.Throws<DomainException>(() => referral.MoveTo(Received, "lw-1", Start.AddHours(1), "Read it"));

        Assert.Equal("triage", error.Field);
        Assert.Empty(referral.History);
    }

    [Fact]
    public void A_safe_triage_lets_first_contact_go_ahead_and_keeps_its_outcome()
    {
        var referral = SelfReferral();

        referral.Triage(TriageOutcome.SafeToProceed, "lw-1", Start.AddHours(1), "Nothing of concern in what she wrote");
        referral.MoveTo(Contacted, "lw-1", Start.AddHours(2), "Rang her");

        Assert.Equal(new ReferralTransition(AwaitingTriage, Received, "lw-1", Start.AddHours(1), "Nothing of concern in what she wrote", Triage: TriageOutcome.SafeToProceed), referral.History[0]);
        Assert.Equal(Contacted, referral.Status);
        Assert.False(referral.Details.SafeguardingConcern);
    }

    [Fact]
    public void An_escalated_concern_makes_the_referral_urgent_with_the_concern_noted()
    {
        var referral = SelfReferral();

        referral.Triage(TriageOutcome.UrgentConcernEscalated, "lw-1", Start.AddHours(1), "Mentions self-harm; passed to the safeguarding lead");

        Assert.Equal((Received, Urgency.Urgent, true, "Mentions self-harm; passed to the safeguarding lead"),
            (referral.Status, referral.Details.Urgency, referral.Details.SafeguardingConcern, referral.Details.SafeguardingNote));
    }

    [Fact]
    public void A_referral_is_triaged_once_and_a_link_workers_referral_never()
    {
        var triaged = SelfReferral();
        triaged.Triage(TriageOutcome.SafeToProceed, "lw-1", Start.AddHours(1), "Fine");

        Assert.Equal("status", Assert.Throws<DomainException>(() => triaged.Triage(TriageOutcome.SafeToProceed, "lw-1", Start.AddHours(2), "Again")).Field);
        Assert.Equal("status", Assert.Throws<DomainException>(() => ReferralTests.NewReferral().Triage(TriageOutcome.SafeToProceed, "lw-1", Start, "Fine")).Field);
    }

    [Fact]
    public void A_triage_outcome_belongs_only_to_triage()
    {
        var error = Assert.Throws<DomainException>(() =>
            ReferralLifecycle.Transition(Received, Contacted, "lw-1", Start, "Rang", triage: TriageOutcome.SafeToProceed));

        Assert.Equal("triage", error.Field);
    }

    [Fact]
    public void A_self_referral_can_be_closed_before_triage_when_the_person_cannot_be_reached()
    {
        var referral = SelfReferral();

        referral.Close(new ReferralClosure(ClosureReason.UnableToContact, "No answer", "Three calls, no answer"), "lw-1", Start.AddDays(10));

        Assert.Equal(Closed, referral.Status);
    }

    [Fact]
    public void A_stored_triaged_referral_is_restored_from_its_start()
    {
        var original = SelfReferral();
        original.Triage(TriageOutcome.SafeToProceed, "lw-1", Start.AddHours(1), "Fine");

        var restored = Referral.Restore(original.Id, original.PersonId, original.Details, original.ReceivedBy, original.ReceivedAt, original.History, null, AwaitingTriage);

        Assert.Equal((Received, TriageOutcome.SafeToProceed), (restored.Status, restored.History[0].Triage));
    }

    [Fact]
    public void Waiting_for_triage_counts_towards_an_overdue_first_contact()
    {
        var calendar = new WeekdayCalendar();
        var receivedOn = DateOnly.FromDateTime(Start.UtcDateTime);

        Assert.True(FirstContact.IsOverdue(AwaitingTriage, Urgency.Routine, receivedOn, receivedOn.AddDays(14), calendar));
    }

    [Fact]
    public void A_self_referral_triaged_into_received_has_had_no_contact_yet()
    {
        var referral = SelfReferral();

        referral.Triage(TriageOutcome.SafeToProceed, "lw-1", Start.AddHours(1), "Nothing urgent");

        Assert.Equal(Received, referral.Status);
        Assert.Null(referral.LastContactAt);
    }
}
