using System.Globalization;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The person's age is within the activity's age range.</summary>
internal sealed class AgeRule : HardRule<ActivityEntry>
{
    public override string Name => HardRuleNames.Age;

    public override Func<PersonQuery, string>? PersonKey => static person => person.Profile.Age.ToString(CultureInfo.InvariantCulture);

    protected override bool Passes(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        person.Profile.Age >= activity.MinAge && person.Profile.Age <= activity.MaxAge;

    protected override string WhyNot(PersonQuery person, ActivityEntry activity, in Pair pair) =>
        (activity.Source.MinAge, activity.Source.MaxAge) switch
        {
            ({ } min, { } max) => $"For ages {min} to {max}; the person is {person.Profile.Age}.",
            ({ } min, null) => $"For ages {min} and over; the person is {person.Profile.Age}.",
            (null, var max) => $"For ages up to {max}; the person is {person.Profile.Age}.",
        };
}
