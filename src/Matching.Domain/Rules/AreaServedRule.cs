using System.Globalization;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>An activity that serves only some postcode districts takes only people living in one of them.</summary>
internal sealed class AreaServedRule : HardRule<ActivityEntry>
{
    public override string Name => HardRuleNames.AreaServed;

    public override Func<PersonQuery, string>? PersonKey => static person => person.District.ToString(CultureInfo.InvariantCulture);

    protected override bool Passes(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        activity.AreaServed.Length == 0 || SortedIds.Contains(activity.AreaServed, person.District);

    protected override string WhyNot(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        $"Serves {string.Join(", ", activity.Source.AreaServedDistricts)} only; " +
        (person.Profile.PostcodeDistrict is { } district ? $"the person lives in {district}." : "the person's postcode district is not known.");
}
