using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;

namespace SocialPrescribing.Referrals.UnitTests.People;

public class PostcodeTests
{
    [Theory]
    [InlineData("ls6 3hn", "LS6 3HN", "LS6")]
    [InlineData("SW1A1AA", "SW1A 1AA", "SW1A")]
    [InlineData(" m1  1ae ", "M1 1AE", "M1")]
    public void A_postcode_is_normalised_and_knows_its_district(string input, string shown, string district)
    {
        var postcode = Postcode.Parse(input);

        Assert.Equal(shown, postcode.ToString());
        Assert.Equal(district, postcode.Outward);
    }

    [Theory]
    [InlineData("LS6")]
    [InlineData("123 456")]
    [InlineData("")]
    public void Something_not_shaped_like_a_postcode_is_refused(string input)
    {
        Assert.Equal("postcode", Assert.Throws<DomainException>(() => Postcode.Parse(input)).Field);
    }
}
