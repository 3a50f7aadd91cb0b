using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// One log as typed on the phone. <see cref="Id"/> is made when the form is first shown (or by the
/// phone when offline) and sent with every attempt, so sending twice stores one log.
/// </summary>
public sealed class LogHoursInput
{
    public const int NoteMaxLength = 500;

    [Required]
    public Guid? Id { get; set; }

    [Required(ErrorMessage = "Enter the date you volunteered")]
    [Display(Name = "Date you volunteered")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Select the organisation you gave time to")]
    [Display(Name = "Organisation")]
    public Guid? OrganisationId { get; set; }

    [Display(Name = "Activity")]
    public Guid? ActivityId { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }

    [Required(ErrorMessage = "Select how long you volunteered for")]
    [Range(15, 24 * 60, ErrorMessage = "Select how long you volunteered for")]
    [Display(Name = "How long")]
    public int? Minutes { get; set; }

    [StringLength(NoteMaxLength, ErrorMessage = "Note must be 500 characters or fewer")]
    [Display(Name = "Note")]
    public string? Note { get; set; }
}
