using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The hard rules for each candidate kind, cheapest and most often failed first so the search stops early.</summary>
internal sealed class HardRules
{
    private readonly IHardRule[] activities;
    private readonly IHardRule[] volunteers;
    private readonly IHardRule[] activitiesBesidesCapacity;
    private readonly IHardRule[] volunteersBesidesCapacity;

    public HardRules(MatchingReadModel model)
    {
        activities =
        [
            new AlreadyConnectedRule(), new TravelDistanceRule(), new FreeCapacityRule(), new AgeRule(), new CostRule(), new EligibilityRule(),
            new AreaServedRule(), new AccessibilityRule(), new LanguageRule(model),
        ];
        volunteers =
        [
            new AlreadyConnectedRule(), new TravelDistanceRule(), new VolunteerRoleRule(), new CaseloadRule(), new DbsCheckRule(), new TrainingRule(),
            new PreferencesRule(), new LanguageRule(model),
        ];
        activitiesBesidesCapacity = [.. activities.Where(r => !r.IsCapacity)];
        volunteersBesidesCapacity = [.. volunteers.Where(r => !r.IsCapacity)];
    }

    public IHardRule[] For(CandidateKind kind, bool includeCapacity) => (kind, includeCapacity) switch
    {
        (CandidateKind.Activity, true) => activities,
        (CandidateKind.Activity, false) => activitiesBesidesCapacity,
        (_, true) => volunteers,
        (_, false) => volunteersBesidesCapacity,
    };

    public static bool AllPass(IHardRule[] rules, in Pair pair)
    {
        foreach (var rule in rules)
        {
            if (!rule.Passes(pair))
            {
                return false;
            }
        }
        return true;
    }

    public static RuleResult[] Broken(IHardRule[] rules, in Pair pair)
    {
        var broken = new List<RuleResult>();
        foreach (var rule in rules)
        {
            if (!rule.Passes(pair))
            {
                broken.Add(new RuleResult(rule.Name, false, rule.WhyNot(pair)));
            }
        }
        return [.. broken];
    }
}
