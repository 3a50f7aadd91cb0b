using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using static SocialPrescribing.Volunteering.UnitTests.HourLogs.HourLogExamples;

namespace SocialPrescribing.Volunteering.UnitTests.HourLogs;

public class ApprovedHoursTests
{
    [Fact]
    public void Only_approved_time_in_the_period_and_scope_counts_for_SROI()
    {
        var otherOrganisation = Guid.NewGuid();
        HourLog[] logs =
        [
            Approved(Content(new DateOnly(2025, 5, 1), hours: 1.5)),
            Approved(Content(new DateOnly(2025, 6, 8), hours: 0.75)),
            Submitted(Content(new DateOnly(2025, 6, 1), hours: 4)),
            Rejected(Content(new DateOnly(2025, 6, 2), hours: 4)),
            Approved(Content(new DateOnly(2025, 3, 31), hours: 4)),
            Approved(Content(new DateOnly(2025, 6, 3), hours: 2, organisation: otherOrganisation)),
        ];
        var period = new DatePeriod(new(2025, 4, 1), new(2026, 3, 31));

        // 90 min + 45 min = 135 min = 2.25 h for our organisation; + 120 min = 255 min = 4.25 h for all.
        Assert.Equal(2.25m, ApprovedHours.InPeriod(logs, period, Organisation));
        Assert.Equal(4.25m, ApprovedHours.InPeriod(logs, period));
    }
}
