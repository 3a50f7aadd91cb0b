using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Vcse;

public sealed class RejectHoursInput
{
    [Required(ErrorMessage = "Enter why these hours are not approved")]
    [StringLength(500, ErrorMessage = "Reason must be 500 characters or fewer")]
    public string? Reason { get; set; }
}
