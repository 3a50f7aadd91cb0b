namespace SocialPrescribing.Seeds.Tests;

public sealed class PostcodesTests
{
    [Fact]
    public void A_district_is_the_outward_code_of_a_postcode()
    {
        Assert.Equal("WV14", Postcodes.DistrictOf("WV14 0EP"));
        Assert.Equal("B70", Postcodes.DistrictOf("b707nx"));
        Assert.True(Postcodes.IsWellFormed("DY4 8QT"));
        Assert.False(Postcodes.IsWellFormed("DY4"));
    }
}
