using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Reports;

public sealed class ReportPeriodInput : IValidatableObject
{
    [Required(ErrorMessage = "Enter the first day of the period")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Enter the last day of the period")]
    public DateOnly? To { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && to < from)
        {
            yield return new ValidationResult("The last day must be the same as or after the first day", [nameof(To)]);
        }
    }
}
