using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The activity has a free place.</summary>
internal sealed class FreeCapacityRule : HardRule<ActivityEntry>
{
    public override string Name => HardRuleNames.FreeCapacity;
    public override bool IsCapacity => true;

    public override Func<PersonQuery, string>? PersonKey => static _ => "";

    protected override bool Passes(PersonQuery person, ActivityEntry activity, in Pair pair) => activity.FreeCapacity > 0;

    protected override string WhyNot(PersonQuery person, ActivityEntry activity, in Pair pair) => "Has no free places.";
}
