using SocialPrescribing.Referrals.Domain.Calendar;

namespace SocialPrescribing.Referrals.UnitTests.Calendar;

public class EnglandAndWalesBankHolidaysTests
{
    private readonly EnglandAndWalesBankHolidays _calendar = new();

    [Theory]
    // As published on gov.uk/bank-holidays.
    [InlineData(2025, "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26")]
    // 26 December 2026 is a Saturday, so Boxing Day is observed on Monday 28th.
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    // Christmas on a Saturday and Boxing Day on a Sunday: substitutes on Monday 27th and Tuesday 28th.
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28")]
    // New Year on a Saturday; spring holiday moved for the Platinum Jubilee; the State Funeral.
    [InlineData(2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27")]
    // Early May holiday moved to Friday 8 May for VE Day.
    [InlineData(2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28")]
    public void The_holidays_of_a_year_match_the_published_list(int year, string published)
    {
        var expected = published.Split(' ').Select(DateOnly.Parse).Order();

        Assert.Equal(expected, _calendar.HolidaysIn(year).Order());
    }

    [Fact]
    public void Weekends_and_bank_holidays_are_not_working_days()
    {
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2025, 4, 18))); // Good Friday
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2025, 4, 19))); // Saturday
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2025, 4, 22)));  // Tuesday after Easter
    }

    [Fact]
    public void A_newly_proclaimed_holiday_can_be_added_without_a_release()
    {
        var withExtra = new EnglandAndWalesBankHolidays([new DateOnly(2026, 6, 5)]);

        Assert.False(withExtra.IsWorkingDay(new DateOnly(2026, 6, 5)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 6, 5)));
    }
}
