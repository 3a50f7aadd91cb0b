using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Web.Tests;

/// <summary>The one rule for the period of a report of people, shared by the referrals and volunteering services and the web's forms.</summary>
public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 4, 1);

    [Fact]
    public void The_last_quarter_to_have_ended_is_the_one_before_today_s_even_on_a_quarter_s_first_day()
    {
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), Ends(ReportPeriod.LastEnded(Today)));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), Ends(ReportPeriod.LastEnded(new DateOnly(2026, 3, 31))));
        Assert.Equal(["January to March 2026", "October to December 2025", "July to September 2025"], ReportPeriod.Ended(Today, 3).Select(q => q.Name));
    }

    [Fact]
    public void A_whole_quarter_that_has_ended_is_accepted()
    {
        var errors = ReportPeriod.Check(new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31), Today, out var period);

        Assert.Empty(errors);
        Assert.Equal(("2025-Q4", new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), (period.Key, period.From, period.To));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-03-30", "to")]
    [InlineData("2026-01-02", "2026-03-31", "from")]
    [InlineData("2025-12-31", "2026-03-31", "from")]
    [InlineData("2026-01-01", "2026-04-01", "to")]
    [InlineData("2026-01-01", "2026-06-30", "to")]
    public void A_period_a_day_longer_or_shorter_than_a_quarter_at_either_end_is_refused_on_that_end(string from, string to, string field)
    {
        var errors = ReportPeriod.Check(DateOnly.Parse(from), DateOnly.Parse(to), Today, out _);

        Assert.Equal([field], errors.Keys);
        Assert.Contains("whole quarters", errors[field][0]);
    }

    [Theory]
    [InlineData("2026-04-01", "2026-06-30")]
    [InlineData("9999-10-01", "9999-12-31")]
    public void A_quarter_that_has_not_ended_is_refused_as_its_figures_still_change(string from, string to)
    {
        var errors = ReportPeriod.Check(DateOnly.Parse(from), DateOnly.Parse(to), Today, out _);

        Assert.Equal(["to"], errors.Keys);
        Assert.Contains("ended", errors["to"][0]);
    }

    [Fact]
    public void Both_ends_are_required()
    {
        Assert.Equal(["from", "to"], ReportPeriod.Check(null, null, Today, out _).Keys.Order());
    }

    [Theory]
    [InlineData("2026-Q1", true)]
    [InlineData("2026-Q4", true)]
    [InlineData("2026-Q5", false)]
    [InlineData("2026-Q0", false)]
    [InlineData("0000-Q1", false)]
    [InlineData("2026Q1", false)]
    [InlineData("+026-Q1", false)]
    [InlineData(null, false)]
    public void A_form_names_a_quarter_as_year_and_number(string? key, bool valid)
    {
        Assert.Equal(valid, ReportPeriod.TryParseKey(key, out var period));
        if (valid) Assert.Equal(key, period.Key);
    }

    private static (DateOnly, DateOnly) Ends(ReportPeriod period) => (period.From, period.To);
}
