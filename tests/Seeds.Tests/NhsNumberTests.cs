namespace SocialPrescribing.Seeds.Tests;

public sealed class NhsNumberTests
{
    [Fact]
    public void A_number_whose_check_digit_matches_the_weighted_sum_is_valid()
    {
        // 9 9 9 0 0 0 1 0 7 weighted 10..2: 90 + 81 + 72 + 0 + 0 + 0 + 4 + 0 + 14 = 261;
        // 261 mod 11 = 261 - 253 = 8; 11 - 8 = 3, so the check digit is 3.
        Assert.True(NhsNumbers.IsValid("9990001073"));
        Assert.False(NhsNumbers.IsValid("9990001074"));
    }

    [Fact]
    public void Stems_whose_check_digit_would_be_10_give_no_number()
    {
        // 9 9 9 0 0 0 0 0 0 weighted: 90 + 81 + 72 = 243; 243 mod 11 = 1; 11 - 1 = 10: never issued.
        Assert.Null(NhsNumbers.CheckDigit("999000000"));
        Assert.DoesNotContain(NhsNumbers.TestRange().Take(3), n => n.StartsWith("999000000", StringComparison.Ordinal));
    }

    [Fact]
    public void The_test_range_starts_with_the_first_valid_stems()
    {
        // 999000001: 243 + 1*2 = 245; 245 mod 11 = 3; 11 - 3 = 8.
        // 999000002: 243 + 2*2 = 247; 247 mod 11 = 5; 11 - 5 = 6.
        Assert.Equal(["9990000018", "9990000026"], NhsNumbers.TestRange().Take(2));
    }
}
