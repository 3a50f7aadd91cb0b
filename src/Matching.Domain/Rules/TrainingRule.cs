using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The volunteer has every training the role requires, in date.</summary>
internal sealed class TrainingRule : HardRule<VolunteerEntry>
{
    public override string Name => HardRuleNames.Training;

    public override Func<PersonQuery, string>? PersonKey => static person => Invariant($"{string.Join(",", person.RequiredTrainings)}|{person.Today:yyyy-MM-dd}");

    protected override bool Passes(PersonQuery person, VolunteerEntry volunteer, in Pair pair)
    {
        foreach (var training in person.RequiredTrainings)
        {
            if (!IsInDate(person, volunteer, training))
            {
                return false;
            }
        }
        return true;
    }

    protected override string WhyNot(PersonQuery person, VolunteerEntry volunteer, in Pair pair)
    {
        var missing = person.RoleRequirement.RequiredTrainings
            .Where(code => !volunteer.Source.Trainings.Any(t => t.Code.Equals(code, StringComparison.OrdinalIgnoreCase) && (t.ValidUntil ?? DateOnly.MaxValue) >= person.Today));
        return $"The {person.Profile.VolunteerRole} role needs in-date training the volunteer lacks: {string.Join(", ", missing)}.";
    }

    private static bool IsInDate(PersonQuery person, VolunteerEntry volunteer, int training)
    {
        var at = Array.BinarySearch(volunteer.TrainingCodes, training);
        return at >= 0 && volunteer.TrainingValidUntil[at] >= person.Today;
    }
}
