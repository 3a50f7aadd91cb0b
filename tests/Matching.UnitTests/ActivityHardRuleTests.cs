using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Rules;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

public class ActivityHardRuleTests
{
    private const CandidateKind Kind = CandidateKind.Activity;

    [Fact]
    public void The_base_person_fits_the_base_activity()
    {
        Suggester(Activity()).AssertSuggested(Person(), Kind, Activity().Id);
    }

    [Fact]
    public void An_activity_for_other_groups_is_excluded_by_eligibility()
    {
        var activity = Activity() with { EligibilityGroups = ["carer", "veteran"] };
        var suggester = Suggester(activity);

        var broken = suggester.AssertExcludedBy(Person(), Kind, activity.Id, HardRuleNames.Eligibility);

        Assert.Equal("Only for carer, veteran; the person is in none of these groups.", broken.Reason);
        suggester.AssertSuggested(Person() with { EligibilityGroups = ["Carer"] }, Kind, activity.Id);
    }

    [Fact]
    public void An_activity_outside_the_persons_age_is_excluded_by_age()
    {
        var activity = Activity() with { MinAge = 18, MaxAge = 25 };
        var suggester = Suggester(activity);

        var broken = suggester.AssertExcludedBy(Person(), Kind, activity.Id, HardRuleNames.Age);

        Assert.Equal("For ages 18 to 25; the person is 67.", broken.Reason);
        suggester.AssertSuggested(Person() with { Age = 25 }, Kind, activity.Id);
    }

    [Fact]
    public void An_activity_serving_other_districts_is_excluded_by_area_served()
    {
        var activity = Activity() with { AreaServedDistricts = ["B23", "B24"] };
        var suggester = Suggester(activity);

        var broken = suggester.AssertExcludedBy(Person(), Kind, activity.Id, HardRuleNames.AreaServed);

        Assert.Equal("Serves B23, B24 only; the person lives in B5.", broken.Reason);
        suggester.AssertSuggested(Person() with { PostcodeDistrict = "b 23" }, Kind, activity.Id);
    }

    [Fact]
    public void An_activity_missing_a_needed_accessibility_feature_is_excluded_by_accessibility()
    {
        var activity = Activity() with { AccessibilityFeatures = ["step-free"] };
        var suggester = Suggester(activity);
        // "bsl" is offered by no activity at all, so it can never be met.
        var person = Person() with { AccessibilityNeeds = ["step-free", "hearing-loop", "bsl"] };

        var broken = suggester.AssertExcludedBy(person, Kind, activity.Id, HardRuleNames.Accessibility);

        Assert.Equal("Does not offer hearing-loop, bsl, which the person needs.", broken.Reason);
        suggester.AssertSuggested(person with { AccessibilityNeeds = ["step-free"] }, Kind, activity.Id);
    }

    [Fact]
    public void An_activity_in_a_language_the_person_does_not_speak_is_excluded_unless_an_interpreter_is_available()
    {
        var activity = Activity() with { Languages = ["en", "pa"] };
        var person = Person() with { Languages = ["ur"] };

        var broken = Suggester(activity).AssertExcludedBy(person, Kind, activity.Id, HardRuleNames.Language);

        Assert.Equal("Speaks en, pa and no interpreter is available; the person speaks ur.", broken.Reason);
        Suggester(activity with { InterpreterAvailable = true }).AssertSuggested(person, Kind, activity.Id);
        Suggester(activity).AssertSuggested(person with { InterpreterArranged = true }, Kind, activity.Id);
    }

    [Fact]
    public void An_activity_costing_more_than_the_person_can_pay_is_excluded_by_cost()
    {
        var activity = Activity() with { CostPerSession = 3m };
        var suggester = Suggester(activity);

        var broken = suggester.AssertExcludedBy(Person(), Kind, activity.Id, HardRuleNames.Cost);

        Assert.Equal("Costs £3.00 a session; the person can only join free activities.", broken.Reason);
        suggester.AssertSuggested(Person() with { MaxCostPerSession = 3m }, Kind, activity.Id);
    }

    [Fact]
    public void A_full_activity_is_excluded_by_free_capacity()
    {
        var activity = Activity() with { FreePlaces = 0 };

        var broken = Suggester(activity).AssertExcludedBy(Person(), Kind, activity.Id, HardRuleNames.FreeCapacity);

        Assert.Equal("Has no free places.", broken.Reason);
    }

    [Fact]
    public void An_activity_beyond_the_persons_travel_limit_is_excluded_by_travel_distance()
    {
        var activity = Activity() with { Location = North(6) };
        var suggester = Suggester(activity);

        var broken = suggester.AssertExcludedBy(Person(), Kind, activity.Id, HardRuleNames.TravelDistance);

        Assert.Equal("6.0 km away; the person travels up to 5 km.", broken.Reason);
        suggester.AssertSuggested(Person() with { MaxTravelKm = 6.5 }, Kind, activity.Id);
    }
}
