using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.UnitTests.Referrals;

public class ReferralDetailsTests
{
    [Fact]
    public void A_referral_is_coded_as_a_referral_to_social_prescribing_unless_told_otherwise()
    {
        var details = new ReferralDetails(ReferralSource.SelfReferral, referrer: null, "Lonely since moving", Urgency.Routine);

        Assert.Equal("871731000000106", details.Code.Value);
    }

    [Fact]
    public void Only_a_self_referral_may_leave_out_the_referrer()
    {
        var error = Assert.Throws<FieldErrorsException>(() => new ReferralDetails(ReferralSource.GpPractice, null, "Low mood", Urgency.Routine));

        Assert.Equal(["referrer"], error.Errors.Keys);
    }

    [Fact]
    public void A_safeguarding_concern_needs_a_note()
    {
        var error = Assert.Throws<FieldErrorsException>(() => new ReferralDetails(
            ReferralSource.Council, new Referrer("J Smith", "Leeds City Council"), "Isolated", Urgency.Urgent, safeguardingConcern: true, safeguardingNote: " "));

        Assert.Equal(["safeguardingNote"], error.Errors.Keys);
    }

    [Fact]
    public void Every_missing_field_is_reported_together()
    {
        var error = Assert.Throws<FieldErrorsException>(() => new ReferralDetails(
            ReferralSource.Hospital, null, "", Urgency.Soon, safeguardingConcern: true));

        Assert.Equal(["reason", "referrer", "safeguardingNote"], error.Errors.Keys.Order());
    }
}
