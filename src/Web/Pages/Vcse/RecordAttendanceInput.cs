namespace SocialPrescribing.Web.Pages.Vcse;

public sealed class RecordAttendanceInput
{
    public string? Outcome { get; set; }

    /// <summary>Required by the referrals service for a drop-out: the link worker needs it to find something else.</summary>
    public string? Reason { get; set; }
}
