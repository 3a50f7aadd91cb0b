using SocialPrescribing.Web.Reports;

namespace SocialPrescribing.Web.Tests;

/// <summary>Report tables list the largest counts first, and figures agree with their units.</summary>
public sealed class ReportOrderAndWordsTests
{
    [Fact]
    public void Counts_are_listed_largest_first_with_the_suppressed_last_and_ties_by_name()
    {
        var ordered = CountOrder.LargestFirst([("Self-referral", "<5"), ("GP practice", "7"), ("VCSE organisation", "12"), ("Family", "7")]);

        Assert.Equal(["VCSE organisation", "Family", "GP practice", "Self-referral"], ordered.Select(r => r.Group));
    }

    [Theory]
    [InlineData("1", "1 day")]
    [InlineData("1.5", "1.5 days")]
    [InlineData("0", "0 days")]
    [InlineData("12", "12 days")]
    public void A_number_of_days_agrees_with_its_unit(string days, string expected) =>
        Assert.Equal(expected, ReportFormat.Quantity(decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture), "day", "days"));

    [Theory]
    [InlineData("67.5", "hour", "67.5 hours")]
    [InlineData("1", "WELLBY", "1 WELLBY")]
    [InlineData("3", "WELLBY", "3 WELLBYs")]
    [InlineData("2", "sessions", "2 sessions")]
    public void An_outcomes_quantity_agrees_with_its_unit(string quantity, string unit, string expected) =>
        Assert.Equal(expected, ReportFormat.InUnits(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), unit));

    [Theory]
    [InlineData(0, "<5 logs")]
    [InlineData(4, "<5 logs")]
    [InlineData(5, "5 logs")]
    public void A_count_under_five_is_said_as_under_five(long count, string expected) =>
        Assert.Equal(expected, ReportFormat.Count(count, "logs"));
}
