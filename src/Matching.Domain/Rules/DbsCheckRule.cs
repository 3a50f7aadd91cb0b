using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The volunteer holds an in-date DBS check at least as strong as the role requires.</summary>
internal sealed class DbsCheckRule : HardRule<VolunteerEntry>
{
    public override string Name => HardRuleNames.DbsCheck;

    public override Func<PersonQuery, string>? PersonKey => static person => Invariant($"{person.RoleRequirement.MinimumDbs}|{person.Today:yyyy-MM-dd}");

    protected override bool Passes(PersonQuery person, VolunteerEntry volunteer, in Pair pair) =>
        person.RoleRequirement.MinimumDbs is not { } needed
        || (volunteer.Source.Dbs is { } dbs && dbs.Level >= needed && dbs.ValidUntil >= person.Today);

    protected override string WhyNot(PersonQuery person, VolunteerEntry volunteer, in Pair pair)
    {
        var needed = $"The {person.Profile.VolunteerRole} role needs an in-date {person.RoleRequirement.MinimumDbs} DBS check";
        return volunteer.Source.Dbs switch
        {
            null => $"{needed}; the volunteer has none.",
            { Level: var level } when level < person.RoleRequirement.MinimumDbs => $"{needed}; the volunteer's is {level}.",
            { ValidUntil: var until } => Invariant($"{needed}; the volunteer's ran out on {until:yyyy-MM-dd}."),
        };
    }
}
