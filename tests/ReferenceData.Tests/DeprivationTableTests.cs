namespace SocialPrescribing.ReferenceData.Tests;

public sealed class DeprivationTableTests
{
    [Fact]
    public void Deprivation_deciles_outside_1_to_10_are_rejected_with_the_line_that_holds_them()
    {
        const string csv = """
            # comment
            district,decile,note
            WV1,1,ok
            WV2,11,too high
            """;

        var error = Assert.Throws<ReferenceDataException>(() => DeprivationDeciles.Parse(new StringReader(csv)));

        Assert.Contains("WV2", Assert.Single(error.Problems));
        Assert.Throws<ReferenceDataException>(() => new DeprivationTable(new Dictionary<string, int> { ["B5"] = 0 }, "test"));
    }

    [Fact]
    public void A_district_is_found_whatever_its_case_and_spacing()
    {
        var table = new DeprivationTable(new Dictionary<string, int> { ["WV10"] = 1, ["b70"] = 4 }, "test.csv");

        Assert.Equal(1, table.DecileOf(" wv10"));
        Assert.Equal(4, table.DecileOf("B 70"));
        Assert.Null(table.DecileOf("DY4"));
        Assert.Null(table.DecileOf(null));
    }

    [Fact]
    public void Without_a_setting_no_table_is_loaded_and_the_product_never_falls_back_to_demo_values()
    {
        Assert.False(DeprivationTable.FromSetting(null).IsLoaded);
        Assert.False(DeprivationTable.FromSetting("none").IsLoaded);
        Assert.Null(DeprivationTable.FromSetting("").DecileOf("WV10"));
    }

    [Fact]
    public void A_setting_that_names_a_missing_file_stops_the_service_with_the_setting_named()
    {
        var error = Assert.Throws<ReferenceDataException>(() => DeprivationTable.FromSetting("/nowhere/deciles.csv"));

        Assert.Contains(DeprivationTable.SettingName, error.Message);
    }

    [Fact]
    public void A_configured_file_is_read_and_named_as_the_source_with_what_its_first_comment_says_it_is()
    {
        var path = Path.Combine(Path.GetTempPath(), $"deciles-{Guid.NewGuid():N}.csv");
        var described = Path.Combine(Path.GetTempPath(), $"deciles-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "district,decile,note\nWV10,3,test\n");
        File.WriteAllText(described, "# ILLUSTRATIVE VALUES ONLY\n# second line\ndistrict,decile,note\nWV10,3,test\n");
        try
        {
            var table = DeprivationTable.FromSetting(path);

            Assert.Equal(3, table.DecileOf("WV10"));
            Assert.Equal(Path.GetFileName(path), table.Source);
            Assert.Equal($"{Path.GetFileName(described)} (ILLUSTRATIVE VALUES ONLY)", DeprivationTable.FromSetting(described).Source);
        }
        finally
        {
            File.Delete(path);
            File.Delete(described);
        }
    }
}
