using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>The quarter a report of people covers (see <see cref="ReportPeriod"/> and <c>_QuarterField</c>).</summary>
public sealed class ReportPeriodInput : IValidatableObject
{
    /// <summary>"2026-Q3"; the form starts on the last quarter to have ended.</summary>
    public string? Quarter { get; set; }

    /// <summary>The quarter chosen, once the form is valid.</summary>
    [ValidateNever]
    public ReportPeriod? Period => ReportPeriod.TryParseKey(Quarter, out var period) ? period : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ReportPeriod.TryParseKey(Quarter, out _))
        {
            yield return new ValidationResult("Select the quarter the report covers", [nameof(Quarter)]);
        }
    }

    /// <summary>The service names the period's ends; both are this form's quarter.</summary>
    public static IReadOnlyDictionary<string, string> ServiceFields { get; } =
        new Dictionary<string, string> { ["from"] = nameof(Quarter), ["to"] = nameof(Quarter) };
}
