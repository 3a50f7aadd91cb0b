using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Account;

public sealed class VolunteerSignInInput
{
    [Required(ErrorMessage = "Enter the email address or mobile number you registered with")]
    [StringLength(254, ErrorMessage = "Email address or mobile number must be 254 characters or fewer")]
    public string? Identifier { get; set; }

    public string? Code { get; set; }
}
