using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Reports.Programmes;

/// <summary>Money put into a programme for a period, as a commissioner types it (pounds and pence).</summary>
public sealed class InvestmentInput : IReportPeriod, IValidatableObject
{
    public const decimal MaxAmount = 1_000_000_000m;

    [Required(ErrorMessage = "Enter the first day the money covers")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Enter the last day the money covers")]
    public DateOnly? To { get; set; }

    [Required(ErrorMessage = "Enter the amount invested, in pounds")]
    [Display(Name = "the amount invested", Description = "1500 or £1,500.50")]
    public decimal? Amount { get; set; }

    [StringLength(1000, ErrorMessage = "The note must be 1,000 characters or fewer")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in IReportPeriod.Check(this))
        {
            yield return result;
        }
        if (Amount is { } amount && (amount <= 0m || amount > MaxAmount))
        {
            yield return new ValidationResult("The amount must be more than £0 and no more than £1,000,000,000", [nameof(Amount)]);
        }
        else if (Amount is { } pounds && decimal.Round(pounds, 2) != pounds)
        {
            yield return new ValidationResult("Enter the amount in pounds and pence, like 1500 or 1500.50", [nameof(Amount)]);
        }
    }
}
