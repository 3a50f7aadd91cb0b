using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.UnitTests.Referrals;

public class SnomedCodeTests
{
    [Fact]
    public void The_social_prescribing_codes_parse_to_the_known_concepts_with_their_terms()
    {
        Assert.Same(SnomedCode.ReferralToSocialPrescribing, SnomedCode.Parse("871731000000106"));
        Assert.Equal("Social prescribing declined", SnomedCode.Parse("871711000000103").Term);
    }

    [Theory]
    // Published concepts: myocardial infarction, diabetes mellitus.
    [InlineData("22298006")]
    [InlineData("73211009")]
    public void Other_valid_codes_are_kept_without_a_term(string code)
    {
        var parsed = SnomedCode.Parse(code);

        Assert.Equal(code, parsed.Value);
        Assert.Null(parsed.Term);
    }

    [Theory]
    [InlineData("871731000000107")] // last digit changed
    [InlineData("871731000000160")] // last two digits swapped: Verhoeff catches transpositions
    public void A_code_whose_verhoeff_check_digit_fails_is_refused(string code)
    {
        var error = Assert.Throws<DomainException>(() => SnomedCode.Parse(code));

        Assert.Equal("snomedCode", error.Field);
        Assert.Contains("check digit", error.Message);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0871731000000106")]
    [InlineData("87173100000010A")]
    public void A_code_of_the_wrong_shape_is_refused(string code)
    {
        Assert.Equal("snomedCode", Assert.Throws<DomainException>(() => SnomedCode.Parse(code)).Field);
    }
}
