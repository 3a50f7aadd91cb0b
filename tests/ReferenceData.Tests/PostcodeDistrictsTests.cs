namespace SocialPrescribing.ReferenceData.Tests;

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
    public void The_built_in_file_holds_every_UK_district_with_the_Black_Country_among_them()
    {
        var districts = PostcodeDistricts.LoadBuiltIn();

        Assert.Equal(2848, districts.Count);
        Assert.Equal("Sandwell", districts["DY4"].County);
    }
}
