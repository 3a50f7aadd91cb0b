using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Vcse;

public sealed class DeclineRequestInput
{
    [Required(ErrorMessage = "Enter why you cannot take this person")]
    [StringLength(500, ErrorMessage = "Reason must be 500 characters or fewer")]
    public string? Reason { get; set; }
}
