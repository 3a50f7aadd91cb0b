using System.Globalization;
using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The activity costs no more a session than the person can pay.</summary>
internal sealed class CostRule : HardRule<ActivityEntry>
{
    public override string Name => HardRuleNames.Cost;

    public override Func<PersonQuery, string>? PersonKey => static person => person.Profile.MaxCostPerSession.ToString(CultureInfo.InvariantCulture);

    protected override bool Passes(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        activity.CostPerSession <= person.Profile.MaxCostPerSession;

    protected override string WhyNot(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        Invariant($"Costs £{activity.Source.CostPerSession:0.00} a session; ") +
        (person.Profile.MaxCostPerSession == 0 ? "the person can only join free activities." : Invariant($"the person can pay up to £{person.Profile.MaxCostPerSession:0.00}."));
}
