using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;

namespace SocialPrescribing.Referrals.UnitTests.People;

public class NhsNumberTests
{
    [Theory]
    // The NHS's own test example. Weights 10..2 on 9 4 3 4 7 6 5 9 1:
    // 90 + 36 + 24 + 28 + 42 + 30 + 20 + 27 + 2 = 299; 299 mod 11 = 2; 11 − 2 = 9 = last digit.
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    // 4 0 1 0 2 3 2 1 3: 40 + 0 + 8 + 0 + 12 + 15 + 8 + 3 + 6 = 92; 92 mod 11 = 4; 11 − 4 = 7.
    [InlineData("401 023 2137")]
    // 4 0 0 0 0 0 0 0 2: 40 + 2×2 = 44; 44 mod 11 = 0; 11 − 0 = 11, which is written as check digit 0.
    [InlineData("4000000020")]
    public void A_number_whose_check_digit_matches_is_accepted(string input)
    {
        var number = NhsNumber.Parse(input);

        Assert.Equal(input.Replace(" ", ""), number.Value);
    }

    [Fact]
    public void A_number_is_shown_in_three_three_four_groups()
    {
        Assert.Equal("943 476 5919", NhsNumber.Parse("9434765919").ToString());
    }

    [Fact]
    public void A_mistyped_check_digit_is_refused_naming_the_field()
    {
        // 943 476 591 gives check digit 9 (see above), so ending in 8 is a typing mistake.
        var error = Assert.Throws<DomainException>(() => NhsNumber.Parse("943 476 5918"));

        Assert.Equal("nhsNumber", error.Field);
        Assert.Equal("Enter a valid NHS number. Check it for typing mistakes", error.Message);
    }

    [Fact]
    public void Nine_digits_whose_check_digit_would_be_ten_can_never_be_valid()
    {
        // 4 0 0 0 0 0 0 1 1: 40 + 1×3 + 1×2 = 45; 45 mod 11 = 1; 11 − 1 = 10, which is never issued.
        foreach (var last in "0123456789")
        {
            Assert.False(NhsNumber.IsValid($"400000011{last}"));
        }
        Assert.Equal("Enter a valid NHS number. Check it for typing mistakes", Assert.Throws<DomainException>(() => NhsNumber.Parse("4000000110")).Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("943476591")]
    [InlineData("94347659190")]
    [InlineData("943-476-5919")]
    [InlineData("94347659I9")]
    public void Anything_but_ten_digits_is_refused(string? input)
    {
        Assert.False(NhsNumber.TryParse(input, out _, out var error));
        Assert.Equal("NHS number must be 10 digits", error);
    }
}
