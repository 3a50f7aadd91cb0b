using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The activity offers every accessibility feature the person needs (step-free access, hearing loop, quiet space...).</summary>
internal sealed class AccessibilityRule : HardRule<ActivityEntry>
{
    public override string Name => HardRuleNames.Accessibility;

    public override Func<PersonQuery, string>? PersonKey => static person => string.Join(",", person.AccessibilityNeeds);

    protected override bool Passes(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        SortedIds.IsSubsetOf(person.AccessibilityNeeds, activity.AccessibilityFeatures);

    protected override string WhyNot(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        $"Does not offer {string.Join(", ", person.Profile.AccessibilityNeeds.Except(activity.Source.AccessibilityFeatures, StringComparer.OrdinalIgnoreCase))}, which the person needs.";
}
