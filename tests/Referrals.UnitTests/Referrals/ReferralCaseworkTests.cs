using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;
using static SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;

namespace SocialPrescribing.Referrals.UnitTests.Referrals;

/// <summary>Notes, needs and the plan: recorded through the referral, never once it is closed.</summary>
public class ReferralCaseworkTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 2, 3);

    private static Referral Closed()
    {
        var referral = ReferralTests.NewReferral();
        referral.Close(new ReferralClosure(ClosureReason.Moved, "Moved away", "Moved to York"), "lw-1", Now);
        return referral;
    }

    [Fact]
    public void A_note_is_kept_trimmed_with_who_wrote_it_and_when()
    {
        var referral = ReferralTests.NewReferral();

        referral.AddNote("  Likes gardening  ", "lw-1", Now);

        Assert.Equal([new ConversationNote("Likes gardening", "lw-1", Now)], referral.Notes);
    }

    [Fact]
    public void A_note_without_text_is_refused_naming_the_text()
    {
        var error = Assert.Throws<DomainException>(() => ReferralTests.NewReferral().AddNote(" ", "lw-1", Now));

        Assert.Equal("text", error.Field);
    }

    [Fact]
    public void Nothing_more_is_recorded_against_a_closed_referral()
    {
        var referral = Closed();

        Assert.Equal("status", Assert.Throws<DomainException>(() => referral.AddNote("Rang again", "lw-1", Now)).Field);
        Assert.Equal("status", Assert.Throws<DomainException>(() => referral.SetNeeds(ReferralNeeds.None)).Field);
        Assert.Equal("status", Assert.Throws<DomainException>(
            () => referral.AgreePlan([new PlanGoal("Walk", [], null)], Today.AddDays(7), "lw-1", Now, Today)).Field);
        Assert.Empty(referral.Notes);
    }

    [Fact]
    public void A_referral_is_assessed_only_once_a_plan_is_agreed()
    {
        var referral = ReferralTests.Unplanned();
        referral.MoveTo(Contacted, "lw-1", Now, "Phoned");

        var error = Assert.Throws<DomainException>(() => referral.MoveTo(Assessed, "lw-1", Now, "Talked"));
        referral.AgreePlan([new PlanGoal(" Join a walking group ", [new PlanAction("Find a group", "lw-1", null)], null)], Today.AddDays(14), "lw-1", Now, Today);
        referral.MoveTo(Assessed, "lw-1", Now, "Talked");

        Assert.Equal("plan", error.Field);
        Assert.Equal(Assessed, referral.Status);
        Assert.Equal("Join a walking group", referral.Plan!.Goals[0].Description);
    }

    [Fact]
    public void A_plan_reports_every_mistake_at_once()
    {
        var error = Assert.Throws<FieldErrorsException>(() => ReferralTests.NewReferral().AgreePlan(
            [new PlanGoal("", [new PlanAction(" ", null, null)], Today.AddDays(-1))], null, "lw-1", Now, Today));

        Assert.Equal(["goals[0].actions", "goals[0].description", "goals[0].reviewOn", "reviewOn"], error.Errors.Keys.Order());
    }

    [Fact]
    public void Needs_with_a_free_time_ending_before_it_starts_or_a_negative_distance_are_refused()
    {
        var error = Assert.Throws<FieldErrorsException>(() => ReferralNeeds.Of(
            null, null, [new FreeTime(8, new TimeOnly(14, 0), new TimeOnly(13, 0))], new TravelPreferences(-1, [])));

        Assert.Equal(["availability[0].day", "availability[0].end", "travel.maxKm"], error.Errors.Keys.Order());
    }

    [Fact]
    public void Needs_and_plan_survive_a_restore()
    {
        var original = ReferralTests.NewReferral();
        original.AddNote("First call", "lw-1", Now);
        original.SetNeeds(ReferralNeeds.Of(["n1"], ["i1"], [new FreeTime(2, new TimeOnly(10, 0), new TimeOnly(12, 0))], new TravelPreferences(3, null!)));

        var restored = Referral.Restore(original.Id, original.PersonId, original.Details, original.ReceivedBy, original.ReceivedAt, original.History,
            original.Closure, casework: new ReferralCasework(original.Notes, original.Needs, original.Plan));

        Assert.Equal(original.Notes, restored.Notes);
        Assert.Equal(["n1"], restored.Needs.NeedTermIds);
        Assert.Empty(restored.Needs.Travel!.Modes);
        Assert.Equal(original.Plan, restored.Plan);
    }

    [Fact]
    public void The_last_contact_is_the_latest_note_or_change_of_status_after_the_referral_arrived()
    {
        var referral = ReferralTests.NewReferral();
        var noContactYet = referral.LastContactAt;

        referral.AddNote("Left a message", "lw-1", Now);
        referral.MoveTo(Contacted, "lw-1", Now.AddDays(2), "Phoned back");
        var afterTheCall = referral.LastContactAt;
        referral.AddNote("Sent the leaflet", "lw-1", Now.AddDays(1));

        Assert.Null(noContactYet);
        Assert.Equal(Now.AddDays(2), afterTheCall);
        // A note written up later about an earlier day does not move the last contact back.
        Assert.Equal(Now.AddDays(2), referral.LastContactAt);
    }
}
