namespace SocialPrescribing.Web.Pages.Vcse;

public sealed class HourApprovalsInput
{
    public List<Guid> LogIds { get; set; } = [];
}
