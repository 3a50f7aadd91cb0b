using System.Globalization;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The volunteer takes on the role the person needs (befriender, driver...).</summary>
internal sealed class VolunteerRoleRule : HardRule<VolunteerEntry>
{
    public override string Name => HardRuleNames.VolunteerRole;

    public override Func<PersonQuery, string>? PersonKey => static person => person.Role.ToString(CultureInfo.InvariantCulture);

    protected override bool Passes(PersonQuery person, VolunteerEntry volunteer, in Pair pair) => SortedIds.Contains(volunteer.Roles, person.Role);

    protected override string WhyNot(PersonQuery person, VolunteerEntry volunteer, in Pair pair) =>
        $"Does not take on the {person.Profile.VolunteerRole} role.";
}
