using SocialPrescribing.Web.Pages.Volunteer;

namespace SocialPrescribing.Web.Tests;

public sealed class DurationsTests
{
    [Theory]
    // 45 = 0 h 45 min; 60 = 1 h 0 min; 90 = 1 h (60) + 30 min; 720 = 12 h × 60.
    [InlineData(45, "45 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "1 hour 30 minutes")]
    [InlineData(720, "12 hours")]
    public void A_duration_reads_in_hours_and_minutes(int minutes, string expected) =>
        Assert.Equal(expected, Durations.Describe(minutes));

    [Theory]
    // 1 h 30 = 60 + 30; "90" minutes alone is the same; 24 h = 1440 minutes, the most one day holds.
    [InlineData("1", "30", 90)]
    [InlineData("", "90", 90)]
    [InlineData(" 2 ", "", 120)]
    [InlineData("24", "0", 1440)]
    public void Hours_and_minutes_as_typed_make_a_duration(string hours, string minutes, int expected) =>
        Assert.Equal((expected, null), Durations.Parse(hours, minutes));

    [Theory]
    [InlineData("", "", "Enter how long you volunteered for")]
    [InlineData("1.5", "", "Enter how long in whole hours and minutes, for example 1 hour and 30 minutes")]
    [InlineData("-1", "", "Enter how long in whole hours and minutes, for example 1 hour and 30 minutes")]
    [InlineData("1", "60", "Minutes must be 59 or fewer")]
    [InlineData("0", "0", "How long must be more than 0 minutes")]
    [InlineData("24", "1", "How long must be 24 hours or less")]
    [InlineData("99999999", "", "How long must be 24 hours or less")]
    public void A_duration_that_cannot_be_is_refused_in_plain_words(string hours, string minutes, string error) =>
        Assert.Equal((null, error), Durations.Parse(hours, minutes));
}
