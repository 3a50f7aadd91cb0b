using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>
/// What a commissioner asks an SROI report for. Adjustments are typed as percentages (25 = 25 %)
/// and sent to the service as fractions; a blank leaves the service's default (0 %, 1 year).
/// </summary>
public sealed class SroiReportInput : IReportPeriod, IValidatableObject
{
    [Required(ErrorMessage = "Enter the first day of the period")]
    [Display(Name = "First day")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Enter the last day of the period")]
    [Display(Name = "Last day")]
    public DateOnly? To { get; set; }

    /// <summary>"programme:{id}" or "organisation:{id}" (all of the organisation's programmes).</summary>
    [Required(ErrorMessage = "Select the programme or organisation the report covers")]
    public string? Scope { get; set; }

    [Required(ErrorMessage = "Select the valuation set to value outcomes with")]
    public Guid? ValuationSetId { get; set; }

    public OutcomeAssumptionsInput VolunteerHours { get; set; } = new();

    public OutcomeAssumptionsInput Wellbeing { get; set; } = new();

    public OtherOutcomeInput Other { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in IReportPeriod.Check(this))
        {
            yield return result;
        }
        foreach (var (outcome, path, assumptions) in new[]
        {
            ("Volunteer time", nameof(VolunteerHours), VolunteerHours),
            ("Wellbeing", nameof(Wellbeing), Wellbeing),
            ("Other outcome", $"{nameof(Other)}.{nameof(OtherOutcomeInput.Assumptions)}", Other.Assumptions),
        })
        {
            foreach (var result in assumptions.Check(outcome, path))
            {
                yield return result;
            }
        }
        if (Other.IsGiven)
        {
            if (string.IsNullOrWhiteSpace(Other.Name))
                yield return new ValidationResult("Enter the other outcome's name", [$"{nameof(Other)}.{nameof(OtherOutcomeInput.Name)}"]);
            if (string.IsNullOrWhiteSpace(Other.ProxyCode))
                yield return new ValidationResult("Select the financial proxy that values the other outcome", [$"{nameof(Other)}.{nameof(OtherOutcomeInput.ProxyCode)}"]);
            if (Other.Quantity.Value is null)
                yield return new ValidationResult("Enter how many of the other outcome there were", [$"{nameof(Other)}.{nameof(OtherOutcomeInput.Quantity)}.{nameof(EstimateInput.Value)}"]);
        }
    }
}

/// <summary>A best estimate with the low and high values the sensitivity analysis tries (each optional).</summary>
public sealed class EstimateInput
{
    [Display(Name = "the best estimate", Description = "25 or 12.5")]
    public decimal? Value { get; set; }

    [Display(Name = "the low value", Description = "20 or 12.5")]
    public decimal? Low { get; set; }

    [Display(Name = "the high value", Description = "30 or 12.5")]
    public decimal? High { get; set; }

    public bool IsGiven => Value is not null || Low is not null || High is not null;

    public IEnumerable<(string Part, decimal Number)> Parts()
    {
        if (Value is { } value) yield return (nameof(Value), value);
        if (Low is { } low) yield return (nameof(Low), low);
        if (High is { } high) yield return (nameof(High), high);
    }
}

/// <summary>The SROI guide's adjustments for one outcome, as percentages, and how many years it lasts.</summary>
public sealed class OutcomeAssumptionsInput
{
    public const int MaxDurationYears = 50;

    public EstimateInput Deadweight { get; set; } = new();
    public EstimateInput Displacement { get; set; } = new();
    public EstimateInput Attribution { get; set; } = new();
    public EstimateInput DropOff { get; set; } = new();
    public EstimateInput DurationYears { get; set; } = new();

    public IEnumerable<(string Property, string Words, EstimateInput Estimate)> Percentages() =>
    [
        (nameof(Deadweight), "deadweight", Deadweight),
        (nameof(Displacement), "displacement", Displacement),
        (nameof(Attribution), "attribution", Attribution),
        (nameof(DropOff), "drop-off", DropOff),
    ];

    public bool IsGiven => Percentages().Any(p => p.Estimate.IsGiven) || DurationYears.IsGiven;

    internal IEnumerable<ValidationResult> Check(string outcome, string path)
    {
        foreach (var (property, words, estimate) in Percentages().Append((nameof(DurationYears), "how long it lasts", DurationYears)))
        {
            if (estimate.Value is null && estimate.IsGiven)
            {
                yield return new ValidationResult($"{outcome}: enter the best estimate of {words} as well as the low or high value",
                    [$"{path}.{property}.{nameof(EstimateInput.Value)}"]);
            }
        }
        foreach (var (property, words, estimate) in Percentages())
        {
            foreach (var (part, number) in estimate.Parts().Where(p => p.Number is < 0m or > 100m))
            {
                yield return new ValidationResult($"{outcome}: {words} must be a percentage from 0 to 100", [$"{path}.{property}.{part}"]);
            }
        }
        foreach (var (part, number) in DurationYears.Parts().Where(p => p.Number != decimal.Truncate(p.Number) || p.Number is < 1m or > MaxDurationYears))
        {
            yield return new ValidationResult($"{outcome}: how long it lasts must be a whole number of years from 1 to {MaxDurationYears}",
                [$"{path}.{nameof(DurationYears)}.{part}"]);
        }
    }
}

/// <summary>An outcome the commissioner counts themselves, valued with a proxy of the chosen valuation set.</summary>
public sealed class OtherOutcomeInput
{
    public string? Name { get; set; }
    public string? ProxyCode { get; set; }
    public EstimateInput Quantity { get; set; } = new();
    public OutcomeAssumptionsInput Assumptions { get; set; } = new();

    public bool IsGiven => !string.IsNullOrWhiteSpace(Name) || !string.IsNullOrWhiteSpace(ProxyCode) || Quantity.IsGiven || Assumptions.IsGiven;
}
