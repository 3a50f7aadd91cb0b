using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// An assumption with its best value and, optionally, the low and high values the
/// sensitivity analysis tries. A plain number converts to an estimate with no range.
/// </summary>
public sealed record Estimate(decimal Value, decimal? Low = null, decimal? High = null)
{
    public static implicit operator Estimate(decimal value) => new(value);

    public bool HasRange => Low is not null || High is not null;

    internal IEnumerable<decimal> AllValues()
    {
        yield return Value;
        if (Low is { } low) yield return low;
        if (High is { } high) yield return high;
    }

    internal void CheckOrder(FieldErrors errors, string field)
    {
        if (Low > Value)
        {
            errors.Add($"{field}.low", "The low value must not be above the value.");
        }
        if (High < Value)
        {
            errors.Add($"{field}.high", "The high value must not be below the value.");
        }
    }

    internal void CheckFraction(FieldErrors errors, string field)
    {
        CheckEach(errors, field, Fractions.IsValid, Fractions.OutOfRange);
        CheckOrder(errors, field);
    }

    internal void CheckEach(FieldErrors errors, string field, Func<decimal, bool> isValid, string message)
    {
        if (!isValid(Value)) errors.Add(field, message);
        if (Low is { } low && !isValid(low)) errors.Add($"{field}.low", message);
        if (High is { } high && !isValid(high)) errors.Add($"{field}.high", message);
    }
}
