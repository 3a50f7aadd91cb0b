using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Rules;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

/// <summary>Suggestions a link worker can trust: nothing the person already has, and the travel limit as the record holds it.</summary>
public class WhatThePersonHasTests
{
    [Fact]
    public void An_activity_or_volunteer_the_person_is_or_was_connected_to_is_not_suggested_again_and_explain_says_why()
    {
        var person = Person() with { ConnectedCandidateIds = [Activity(1).Id, Volunteer(1).Id] };
        var activities = Suggester(Activity(1), Activity(2));
        var volunteers = Suggester(Volunteer(1), Volunteer(2));

        Assert.Equal([Activity(2).Id], activities.Suggest(person, CandidateKind.Activity, 10).Select(s => s.CandidateId));
        Assert.Equal([Volunteer(2).Id], volunteers.Suggest(person, CandidateKind.Volunteer, 10).Select(s => s.CandidateId));
        var explained = activities.Explain(person, CandidateKind.Activity, Activity(1).Id);
        Assert.False(explained.Eligible);
        Assert.Equal(HardRuleNames.AlreadyConnected, Assert.Single(explained.BrokenRules).Rule);
        Assert.Equal(2, activities.Suggest(Person(), CandidateKind.Activity, 10).Count);
    }

    [Fact]
    public void Without_a_recorded_travel_limit_the_distance_reason_says_so_instead_of_naming_a_limit()
    {
        var suggester = Suggester(Activity(1) with { Location = North(1.2) });

        var recorded = suggester.Suggest(Person() with { MaxTravelKm = 5 }, CandidateKind.Activity, 1)[0];
        var unrecorded = suggester.Suggest(Person() with { MaxTravelKm = 5, TravelLimitRecorded = false }, CandidateKind.Activity, 1)[0];

        Assert.Equal("1.2 km away, within the 5 km travel limit.", Reason(recorded));
        Assert.Equal("1.2 km away (no travel limit recorded; suggestions are within 5 km).", Reason(unrecorded));
    }

    private static string Reason(Domain.Suggestions.Suggestion suggestion) =>
        suggestion.Score.Parts.Single(p => p.Name == Domain.Scoring.ScorePartNames.Distance).Reason;
}
