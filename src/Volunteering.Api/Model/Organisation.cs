using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Model;

/// <summary>
/// An organisation volunteers give time to, as this service knows it: its name and how it approves
/// hours. Hours can be logged only for organisations registered here.
/// </summary>
public sealed class Organisation
{
    public Guid Id { get; init; }
    public required string Name { get; set; }

    /// <summary>Logs up to this many minutes are approved on arrival; null approves every log by hand.</summary>
    public int? AutoApproveUpToMinutes { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public HourApprovalPolicy ApprovalPolicy => AutoApproveUpToMinutes is { } minutes
        ? new HourApprovalPolicy(TimeSpan.FromMinutes(minutes))
        : HourApprovalPolicy.Manual;
}
