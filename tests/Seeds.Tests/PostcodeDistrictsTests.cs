using SocialPrescribing.Seeds.Reference;

namespace SocialPrescribing.Seeds.Tests;

public sealed class PostcodeDistrictsTests
{
    [Fact]
    public void Centroids_are_read_by_column_name_with_quoted_fields()
    {
        const string csv = """
            postcode,easting,northing,latitude,longitude,city,county,country_code,country_name,iso3166-2,region_code,region_name
            WV14,1,2,52.55695,-2.07818,Wednesfield,Wolverhampton,ENG,England,GB-ENG,WM,West Midlands
            IM1,3,4,54.15048,-4.48174,"Douglas, Braddan",IOM,IMN,Isle of Man,IM,IMN,#N/A
            """;

        var districts = PostcodeDistricts.Parse(new StringReader(csv));

        Assert.Equal(new PostcodeDistrict("WV14", 52.55695, -2.07818, "Wednesfield", "Wolverhampton", "West Midlands"), districts["WV14"]);
        Assert.Equal("Douglas, Braddan", districts["im1"].Town);
        Assert.Null(districts["IM1"].Region);
    }

    [Fact]
    public void The_shipped_reference_file_holds_the_Black_Country_districts()
    {
        var districts = RepositoryPaths.Districts;

        Assert.Equal(2848, districts.Count);
        Assert.Equal("Sandwell", districts["DY4"].County);
    }

    [Fact]
    public void The_built_in_districts_are_the_shipped_file()
    {
        var builtIn = PostcodeDistricts.LoadBuiltIn();

        Assert.Equal(RepositoryPaths.Districts.All, builtIn.All);
    }

    [Fact]
    public void A_district_is_the_outward_code_of_a_postcode()
    {
        Assert.Equal("WV14", Postcodes.DistrictOf("WV14 0EP"));
        Assert.Equal("B70", Postcodes.DistrictOf("b707nx"));
        Assert.True(Postcodes.IsWellFormed("DY4 8QT"));
        Assert.False(Postcodes.IsWellFormed("DY4"));
    }

    [Fact]
    public void Deprivation_deciles_outside_1_to_10_are_rejected()
    {
        const string csv = """
            # comment
            district,decile,note
            WV1,1,ok
            WV2,11,too high
            """;

        var error = Assert.Throws<SeedDataException>(() => DeprivationDeciles.Parse(new StringReader(csv)));

        Assert.Contains("WV2", Assert.Single(error.Problems));
    }
}
