using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>What either side asked for: home visits if the person needs them, and the volunteer gender the person prefers.</summary>
internal sealed class PreferencesRule : HardRule<VolunteerEntry>
{
    public override string Name => HardRuleNames.Preferences;

    public override Func<PersonQuery, string>? PersonKey => static person => $"{person.Profile.NeedsHomeVisit}|{person.Profile.PreferredVolunteerGender}";

    protected override bool Passes(PersonQuery person, VolunteerEntry volunteer, in Pair pair) =>
        HomeVisitsMet(person, volunteer) && GenderMet(person, volunteer);

    protected override string WhyNot(PersonQuery person, VolunteerEntry volunteer, in Pair pair) =>
        !HomeVisitsMet(person, volunteer)
            ? "The volunteer does not do home visits, and the person can only be seen at home."
            : $"The person would prefer a {person.Profile.PreferredVolunteerGender} volunteer.";

    private static bool HomeVisitsMet(PersonQuery person, VolunteerEntry volunteer) =>
        !person.Profile.NeedsHomeVisit || volunteer.Source.WillDoHomeVisits;

    private static bool GenderMet(PersonQuery person, VolunteerEntry volunteer) =>
        person.Profile.PreferredVolunteerGender is not { } wanted
        || string.Equals(wanted, volunteer.Source.Gender, StringComparison.OrdinalIgnoreCase);
}
