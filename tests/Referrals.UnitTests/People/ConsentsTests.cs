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
        consents.Give(WalkingGroup, "Meanwood Walkers", Given, "lw-1");

        Assert.True(consents.MayShareWith(WalkingGroup, Given));
        Assert.False(consents.MayShareWith(WalkingGroup, Given.AddMinutes(-1)));
        Assert.False(consents.MayShareWith(Guid.NewGuid(), Given.AddDays(1)));
    }

    [Fact]
    public void Withdrawn_consent_stops_sharing_from_then_on_but_keeps_the_record()
    {
        var consents = new Consents();
        consents.Give(WalkingGroup, "Meanwood Walkers", Given, "lw-1");
        var withdrawnAt = Given.AddDays(10);

        consents.Withdraw(WalkingGroup, withdrawnAt, "lw-2");

        Assert.True(consents.MayShareWith(WalkingGroup, withdrawnAt.AddTicks(-1)));
        Assert.False(consents.MayShareWith(WalkingGroup, withdrawnAt));
        Assert.False(consents.MayShareWith(WalkingGroup, withdrawnAt.AddYears(1)));
        Assert.Equal("lw-2", Assert.Single(consents.Records).WithdrawnRecordedBy);
    }

    [Fact]
    public void Consent_given_again_after_withdrawal_allows_sharing_again_as_a_new_record()
    {
        var consents = new Consents();
        consents.Give(WalkingGroup, "Meanwood Walkers", Given, "lw-1");
        consents.Withdraw(WalkingGroup, Given.AddDays(1), "lw-1");

        consents.Give(WalkingGroup, "Meanwood Walkers", Given.AddDays(5), "lw-1");

        Assert.False(consents.MayShareWith(WalkingGroup, Given.AddDays(3)));
        Assert.True(consents.MayShareWith(WalkingGroup, Given.AddDays(5)));
        Assert.Equal(2, consents.Records.Count);
    }

    [Fact]
    public void There_must_be_consent_in_place_to_withdraw_it()
    {
        Assert.Equal("providerId", Assert.Throws<DomainException>(() => new Consents().Withdraw(WalkingGroup, Given, "lw-1")).Field);
    }
}
