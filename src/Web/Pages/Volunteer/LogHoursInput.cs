using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// One log as typed on the phone. <see cref="Id"/> is made when the form is first shown (or by the
/// phone when offline) and sent with every attempt, so sending twice stores one log.
/// </summary>
public sealed class LogHoursInput : IHowLongInput
{
    public const int NoteMaxLength = HourLogRequest.NoteMaxLength;

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

    /// <summary>How long, the hours as typed; checked with <see cref="Minutes"/> by <see cref="Durations.Parse"/>, whose one message is shown here.</summary>
    [Display(Name = "Hours")]
    public string? Hours { get; set; }

    [Display(Name = "Minutes")]
    public string? Minutes { get; set; }

    [StringLength(NoteMaxLength, ErrorMessage = "Note must be 500 characters or fewer")]
    [Display(Name = "Note")]
    public string? Note { get; set; }
}
