using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>An activity open only to some groups (carers, veterans...) takes only people in one of them.</summary>
internal sealed class EligibilityRule : HardRule<ActivityEntry>
{
    public override string Name => HardRuleNames.Eligibility;

    public override Func<PersonQuery, string>? PersonKey => static person => string.Join(",", person.EligibilityGroups);

    protected override bool Passes(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        activity.EligibilityGroups.Length == 0 || SortedIds.Intersects(person.EligibilityGroups, activity.EligibilityGroups);

    protected override string WhyNot(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        $"Only for {string.Join(", ", activity.Source.EligibilityGroups)}; the person is in none of these groups.";
}
