using SocialPrescribing.Volunteering.Domain.HourLogs;
using static SocialPrescribing.Volunteering.UnitTests.HourLogs.HourLogExamples;

namespace SocialPrescribing.Volunteering.UnitTests.HourLogs;

public class HourLogRulesTests
{
    [Fact]
    public void Just_after_midnight_in_summer_time_the_new_day_is_already_today()
    {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July.
        var now = new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero);

        Assert.Empty(HourLogRules.Validate(Content(new DateOnly(2025, 7, 1)), now, []));
    }

    [Fact]
    public void A_date_after_today_in_the_UK_is_refused()
    {
        // 23:30 UTC on 15 January is 23:30 GMT on 15 January: the 16th is tomorrow.
        var now = new DateTimeOffset(2025, 1, 15, 23, 30, 0, TimeSpan.Zero);

        var errors = HourLogRules.Validate(Content(new DateOnly(2025, 1, 16)), now, []);

        Assert.Contains("today in the UK is 15 January 2025", Assert.Single(errors["date"]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1_800)]
    [InlineData(24 * 3_600 + 60)]
    [InlineData(90)]
    public void A_duration_must_be_whole_minutes_above_zero_and_at_most_a_day(int seconds)
    {
        var content = Content() with { Duration = TimeSpan.FromSeconds(seconds) };

        Assert.Equal(["duration"], HourLogRules.Validate(content, Now, []).Keys);
    }

    [Fact]
    public void A_single_log_of_exactly_24_hours_is_accepted()
    {
        Assert.Empty(HourLogRules.Validate(Content(hours: 24), Now, []));
    }

    [Fact]
    public void One_persons_day_cannot_hold_more_than_24_hours_across_logs()
    {
        var existing = new[] { Submitted(Content(hours: 20)), Approved(Content(hours: 3)) };

        var errors = HourLogRules.Validate(Content(hours: 2), Now, existing);

        Assert.Contains("23 h 0 min already logged on 8 June 2025 this makes 25 h 0 min", Assert.Single(errors["duration"]));
    }

    [Fact]
    public void Rejected_logs_other_days_and_other_volunteers_do_not_count_towards_the_day()
    {
        var existing = new[]
        {
            Submitted(Content(hours: 20)),
            Rejected(Content(hours: 10)),
            Approved(Content(date: Today.AddDays(-1), hours: 10)),
            Approved(Content(hours: 10, volunteer: Guid.NewGuid())),
        };

        Assert.Empty(HourLogRules.Validate(Content(hours: 4), Now, existing));
    }

    [Fact]
    public void A_log_being_edited_does_not_count_its_own_earlier_duration()
    {
        var log = Submitted(Content(hours: 20));

        Assert.Empty(HourLogRules.Validate(Content(hours: 22), Now, [log, Submitted(Content(hours: 2))], log.Id));
    }

    [Fact]
    public void Missing_volunteer_organisation_and_role_and_a_long_note_are_each_named()
    {
        var content = new HourLogContent(Guid.Empty, Guid.Empty, null, "  ", Today, TimeSpan.FromHours(1), new string('x', HourLogRules.MaxNoteLength + 1));

        Assert.Equal(["note", "organisationId", "role", "volunteerId"], HourLogRules.Validate(content, Now, []).Keys.Order());
    }
}
