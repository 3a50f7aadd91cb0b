using SocialPrescribing.UkFormats;

namespace SocialPrescribing.Referrals.UnitTests.People;

public class UkPhoneNumberTests
{
    [Theory]
    [InlineData("01902 555123")]
    [InlineData("(01902) 555 123")]
    [InlineData("0121 496 0000")]
    [InlineData("020 7946 0000")]
    [InlineData("016977 3456")]
    [InlineData("0300 123 4567")]
    [InlineData("0800 123456")]
    [InlineData("07700 900 982")]
    [InlineData("+44 7700 900982")]
    [InlineData("+44 (0)1902 555123")]
    public void UK_landlines_and_mobiles_are_accepted_however_they_are_spaced(string number)
    {
        Assert.True(UkPhoneNumber.IsValid(number));
    }

    [Theory]
    [InlineData("01902 000")]
    [InlineData("07700 900 98")]
    [InlineData("1902 555123")]
    [InlineData("01902 55512a")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("0909 876 5432")]
    public void Numbers_that_cannot_be_UK_numbers_are_refused(string number)
    {
        Assert.False(UkPhoneNumber.IsValid(number));
    }

    [Theory]
    [InlineData("07700 900982", true)]
    [InlineData("07624 123456", true)]
    [InlineData("07010 123456", false)]
    [InlineData("01902 555123", false)]
    public void Only_mobile_ranges_count_as_mobiles(string number, bool mobile)
    {
        Assert.Equal(mobile, UkPhoneNumber.IsMobile(number));
    }
}
