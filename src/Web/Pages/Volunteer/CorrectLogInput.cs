using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>What a volunteer may put right in a log that waits: the day, how long, the note (the organisation, activity and role stay).</summary>
public sealed class CorrectLogInput : IHowLongInput
{
    [Required(ErrorMessage = "Enter the date you volunteered")]
    [Display(Name = "Date you volunteered")]
    public DateOnly? Date { get; set; }

    /// <summary>With <see cref="Minutes"/>, checked by <see cref="Durations.Parse"/>, whose one message is shown here.</summary>
    [Display(Name = "Hours")]
    public string? Hours { get; set; }

    [Display(Name = "Minutes")]
    public string? Minutes { get; set; }

    [StringLength(LogHoursInput.NoteMaxLength, ErrorMessage = "Note must be 500 characters or fewer")]
    [Display(Name = "Note")]
    public string? Note { get; set; }
}
