using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Volunteer;

public sealed class RemindersInput
{
    [Required(ErrorMessage = "Select how you want to be reminded")]
    public string? Preference { get; set; }
}
