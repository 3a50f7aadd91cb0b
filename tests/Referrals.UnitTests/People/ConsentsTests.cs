using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;

namespace SocialPrescribing.Referrals.UnitTests.People;

public class ConsentsTests
{
    private static readonly Guid WalkingGroup = Guid.NewGuid();
    private static readonly DateTimeOffset Given = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sharing_is_allowed_only_with_the_named_provider_and_only_from_when_consent_was_given()
    {
        var consents = new Consents();
        consents.Give(WalkingGroup, "Meanwood Walkers", ConsentMethod.Verbal, Given, "lw-1");

        Assert.True(consents.MayShareWith(WalkingGroup, Given));
        Assert.False(consents.MayShareWith(WalkingGroup, Given.AddMinutes(-1)));
        Assert.False(consents.MayShareWith(Guid.NewGuid(), Given.AddDays(1)));
    }

    [Fact]
    public void Withdrawn_consent_stops_sharing_from_then_on_but_keeps_the_record()
    {
        var consents = new Consents();
        consents.Give(WalkingGroup, "Meanwood Walkers", ConsentMethod.Verbal, Given, "lw-1");
        var withdrawnAt = Given.AddDays(10);

        consents.Withdraw(WalkingGroup, ConsentMethod.Written, withdrawnAt, "lw-2");

        Assert.True(consents.MayShareWith(WalkingGroup, withdrawnAt.AddTicks(-1)));
        Assert.False(consents.MayShareWith(WalkingGroup, withdrawnAt));
        Assert.False(consents.MayShareWith(WalkingGroup, withdrawnAt.AddYears(1)));
        var record = Assert.Single(consents.Records);
        Assert.Equal(("lw-1", ConsentMethod.Verbal, Given), (record.RecordedBy, record.Method, record.GivenAt));
        Assert.Equal(("lw-2", ConsentMethod.Written), (record.WithdrawnRecordedBy, record.WithdrawnMethod));
    }

    [Fact]
    public void Consent_given_again_after_withdrawal_allows_sharing_again_as_a_new_record()
    {
        var consents = new Consents();
        consents.Give(WalkingGroup, "Meanwood Walkers", ConsentMethod.Verbal, Given, "lw-1");
        consents.Withdraw(WalkingGroup, ConsentMethod.Verbal, Given.AddDays(1), "lw-1");

        consents.Give(WalkingGroup, "Meanwood Walkers", ConsentMethod.Verbal, Given.AddDays(5), "lw-1");

        Assert.False(consents.MayShareWith(WalkingGroup, Given.AddDays(3)));
        Assert.True(consents.MayShareWith(WalkingGroup, Given.AddDays(5)));
        Assert.Equal(2, consents.Records.Count);
    }

    [Fact]
    public void There_must_be_consent_in_place_to_withdraw_it()
    {
        Assert.Equal("providerId", Assert.Throws<DomainException>(() => new Consents().Withdraw(WalkingGroup, ConsentMethod.Verbal, Given, "lw-1")).Field);
    }

    [Fact]
    public void A_withdrawal_is_written_once_and_never_over_an_earlier_one()
    {
        var consents = new Consents();
        consents.Give(WalkingGroup, "Meanwood Walkers", ConsentMethod.Verbal, Given, "lw-1");
        consents.Withdraw(WalkingGroup, ConsentMethod.Verbal, Given.AddDays(1), "lw-1");

        Assert.Throws<DomainException>(() => consents.Withdraw(WalkingGroup, ConsentMethod.Written, Given.AddDays(2), "lw-2"));
        Assert.Equal(Given.AddDays(1), Assert.Single(consents.Records).WithdrawnAt);
    }

    [Fact]
    public void Consent_needs_to_say_how_it_was_given()
    {
        var error = Assert.Throws<DomainException>(() => new Consents().Give(WalkingGroup, "Meanwood Walkers", null, Given, "lw-1"));

        Assert.Equal("method", error.Field);
    }

    [Fact]
    public void Sending_a_request_without_consent_to_share_with_that_provider_is_refused_naming_the_consent()
    {
        var consents = new Consents();
        consents.Give(Guid.NewGuid(), "Somebody else", ConsentMethod.Verbal, Given, "lw-1");

        var error = Assert.Throws<DomainException>(() => consents.EnsureMayShareWith(WalkingGroup, Given.AddDays(1)));

        Assert.Equal("consent", error.Field);
        Assert.Contains("has not agreed to share their details", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawing_consent_to_the_service_stops_all_sharing_and_anything_new()
    {
        var consents = new Consents();
        consents.GiveToService(ConsentMethod.Written, Given, "lw-1");
        consents.Give(WalkingGroup, "Meanwood Walkers", ConsentMethod.Verbal, Given, "lw-1");

        consents.Withdraw(null, ConsentMethod.Verbal, Given.AddDays(2), "lw-1");

        Assert.True(consents.ServiceWithdrawn);
        Assert.False(consents.MayShareWith(WalkingGroup, Given.AddDays(3)));
        Assert.Equal("consent", Assert.Throws<DomainException>(consents.EnsureServiceNotWithdrawn).Field);
        Assert.Equal("consent", Assert.Throws<DomainException>(() => consents.AgreeToReferral(null, Given.AddDays(3), "lw-1")).Field);
    }

    [Fact]
    public void A_new_referral_with_consent_gives_it_again_and_one_without_keeps_what_stands()
    {
        var consents = new Consents();
        consents.GiveToService(ConsentMethod.Online, Given, "lw-1");
        consents.Withdraw(null, ConsentMethod.Verbal, Given.AddDays(1), "lw-1");

        consents.AgreeToReferral(ConsentMethod.Written, Given.AddDays(5), "lw-2");
        consents.AgreeToReferral(null, Given.AddDays(6), "lw-2");

        Assert.False(consents.ServiceWithdrawn);
        Assert.Equal([ConsentMethod.Online, ConsentMethod.Written], consents.Records.Select(r => r.Method));
    }

    [Fact]
    public void A_person_registered_before_consent_was_stored_has_not_withdrawn_it()
    {
        Assert.False(new Consents().ServiceWithdrawn);
    }
}
