using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.UnitTests.HourLogs;

internal static class HourLogExamples
{
    public static readonly Guid Volunteer = Guid.Parse("0b7e54a3-21f4-4c69-9d0e-3f4f1d2a6c01");
    public static readonly Guid Organisation = Guid.Parse("5a0c2e91-77b3-4f0a-8e4d-9b1c6d3e2f02");

    /// <summary>Sunday 8 June 2025, 13:00 in London (BST).</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 8, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2025, 6, 8);

    public static HourLogContent Content(DateOnly? date = null, double hours = 2, Guid? volunteer = null, Guid? organisation = null) =>
        new(volunteer ?? Volunteer, organisation ?? Organisation, null, "Befriender", date ?? Today, TimeSpan.FromHours(hours), "Tea and a chat");

    public static HourLog Submitted(HourLogContent content, params HourLog[] others) =>
        HourLog.Submit(Guid.NewGuid(), content, HourLogSource.Volunteer, "volunteer", Now, others, HourApprovalPolicy.Manual);

    public static HourLog Approved(HourLogContent content)
    {
        var log = Submitted(content);
        log.Approve("coordinator", Now);
        return log;
    }

    public static HourLog Rejected(HourLogContent content)
    {
        var log = Submitted(content);
        log.Reject("coordinator", Now, "Not one of our sessions");
        return log;
    }
}
