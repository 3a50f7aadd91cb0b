using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Reports.Programmes;

/// <summary>A programme as a commissioner names it; the organisation is chosen only when it is added.</summary>
public sealed class ProgrammeInput
{
    public const int MaxNameLength = 200;

    [Required(ErrorMessage = "Select the organisation that runs the programme")]
    public Guid? OrganisationId { get; set; }

    [Required(ErrorMessage = "Enter the programme's name")]
    [StringLength(MaxNameLength, ErrorMessage = "The programme's name must be 200 characters or fewer")]
    public string? Name { get; set; }
}
