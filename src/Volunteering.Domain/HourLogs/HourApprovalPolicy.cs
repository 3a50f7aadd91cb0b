namespace SocialPrescribing.Volunteering.Domain.HourLogs;

/// <summary>
/// An organisation's choice about approving hours: every log by hand (the default), or
/// automatically for logs up to a duration (24 hours approves everything that is valid).
/// </summary>
public sealed record HourApprovalPolicy(TimeSpan? AutoApproveUpTo)
{
    public static HourApprovalPolicy Manual { get; } = new((TimeSpan?)null);

    public static HourApprovalPolicy AutoApproveAll { get; } = new(HourLogRules.MaxPerDay);

    public bool ApprovesAutomatically(HourLogContent content) => content.Duration <= AutoApproveUpTo;
}
