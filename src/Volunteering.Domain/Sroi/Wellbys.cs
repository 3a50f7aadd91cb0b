using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// One WELLBY is one point of life satisfaction (ONS4, 0-10 scale) for one person for one year
/// (HM Treasury wellbeing guidance). The WELLBY quantity of an outcome is therefore the sum over
/// people of their change in points, per year; how many years the change lasts is the outcome's
/// duration and drop-off, not part of the quantity.
/// </summary>
public static class Wellbys
{
    /// <summary>
    /// WELLBYs per year: the sum of every person's change, falls included. Leaving out people
    /// whose score fell would over-claim, which the SROI guide warns against.
    /// </summary>
    /// <exception cref="FieldErrorsException">A score is outside 0-10; the field is "changes[i].before" or "changes[i].after".</exception>
    public static decimal PerYear(IReadOnlyList<LifeSatisfactionChange> changes)
    {
        var errors = new FieldErrors();
        for (var i = 0; i < changes.Count; i++)
        {
            CheckScore(errors, $"changes[{i}].before", changes[i].Before);
            CheckScore(errors, $"changes[{i}].after", changes[i].After);
        }
        errors.ThrowIfAny();
        return changes.Sum(c => c.Points);
    }

    private static void CheckScore(FieldErrors errors, string field, int score)
    {
        if (score is < 0 or > 10)
        {
            errors.Add(field, "A life-satisfaction score is from 0 to 10.");
        }
    }
}
