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

    [Fact]
    public void The_form_offers_quarter_hours_from_15_minutes_to_12_hours()
    {
        // 12 h = 720 min = 48 quarter hours.
        Assert.Equal(48, Durations.Choices.Count);
        Assert.Equal((15, 720), (Durations.Choices[0], Durations.Choices[^1]));
    }
}
