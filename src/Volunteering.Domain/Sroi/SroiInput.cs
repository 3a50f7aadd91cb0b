using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>Everything one SROI report is computed from: its scope, the money invested, the outcomes and the valuation set.</summary>
public sealed record SroiInput
{
    public required string Organisation { get; init; }
    public string? Programme { get; init; }
    public required DatePeriod Period { get; init; }
    public required decimal Investment { get; init; }
    public required ValuationSet ValuationSet { get; init; }
    public required IReadOnlyList<OutcomeInput> Outcomes { get; init; }

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new FieldErrors();
        errors.RequireText("organisation", Organisation, "An organisation (or the scope the report covers) is required.");
        if (Period.To < Period.From) errors.Add("period.to", "The period must not end before it starts.");
        if (Investment <= 0m)
        {
            errors.Add("investment", "The investment must be greater than zero: the SROI ratio is present value ÷ investment.");
        }
        else if (Investment > Limits.Money)
        {
            errors.Add("investment", Limits.MoneyMessage);
        }
        errors.AddAll(ValuationSet.Validate(), "valuationSet");
        if (Outcomes.Count == 0) errors.Add("outcomes", "At least one outcome is required.");
        for (var i = 0; i < Outcomes.Count; i++)
        {
            CheckOutcome(errors, $"outcomes[{i}]", Outcomes[i]);
        }
        return errors.ToDictionary();
    }

    private void CheckOutcome(FieldErrors errors, string field, OutcomeInput outcome)
    {
        errors.RequireText($"{field}.name", outcome.Name, "A name is required.");
        if (ValuationSet.FindProxy(outcome.ProxyCode) is null)
        {
            errors.Add($"{field}.proxyCode", $"The valuation set \"{ValuationSet.Name}\" (version {ValuationSet.Version}) has no proxy \"{outcome.ProxyCode}\".");
        }
        outcome.Quantity.CheckEach(errors, $"{field}.quantity", q => Math.Abs(q) <= Limits.Quantity, Limits.QuantityMessage);
        outcome.Quantity.CheckOrder(errors, $"{field}.quantity");
        outcome.Deadweight.CheckFraction(errors, $"{field}.deadweight");
        outcome.Displacement.CheckFraction(errors, $"{field}.displacement");
        outcome.Attribution.CheckFraction(errors, $"{field}.attribution");
        outcome.DropOff.CheckFraction(errors, $"{field}.dropOff");
        outcome.DurationYears.CheckEach(errors, $"{field}.durationYears",
            y => y == decimal.Truncate(y) && y is >= 1m and <= OutcomeInput.MaxDurationYears,
            $"Must be a whole number of years from 1 to {OutcomeInput.MaxDurationYears}.");
        outcome.DurationYears.CheckOrder(errors, $"{field}.durationYears");
    }
}
