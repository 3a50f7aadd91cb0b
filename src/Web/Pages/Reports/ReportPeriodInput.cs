using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Reports;

public sealed class ReportPeriodInput : IReportPeriod, IValidatableObject
{
    [Required(ErrorMessage = "Enter the first day of the period")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Enter the last day of the period")]
    public DateOnly? To { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => IReportPeriod.Check(this);
}
