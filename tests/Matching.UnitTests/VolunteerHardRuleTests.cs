using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.Rules;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

public class VolunteerHardRuleTests
{
    private const CandidateKind Kind = CandidateKind.Volunteer;

    [Fact]
    public void The_base_person_fits_the_base_volunteer()
    {
        Suggester(Volunteer()).AssertSuggested(Person(), Kind, Volunteer().Id);
    }

    [Fact]
    public void A_volunteer_without_the_wanted_role_is_excluded_by_volunteer_role()
    {
        var volunteer = Volunteer() with { Roles = ["driver"] };
        var suggester = Suggester(volunteer);

        var broken = suggester.AssertExcludedBy(Person(), Kind, volunteer.Id, HardRuleNames.VolunteerRole);

        Assert.Equal("Does not take on the befriender role.", broken.Reason);
        suggester.AssertSuggested(Person() with { VolunteerRole = "driver" }, Kind, volunteer.Id);
    }

    [Fact]
    public void A_volunteer_whose_DBS_check_has_run_out_is_excluded_by_DBS_check()
    {
        var expired = Volunteer() with { Dbs = new DbsCheck(DbsLevel.EnhancedWithBarredLists, Today.AddDays(-1)) };
        var tooWeak = Volunteer(2) with { Dbs = new DbsCheck(DbsLevel.Standard, Today.AddYears(1)) };
        var none = Volunteer(3) with { Dbs = null };
        var suggester = Suggester(expired, tooWeak, none);

        var brokenExpired = suggester.AssertExcludedBy(Person(), Kind, expired.Id, HardRuleNames.DbsCheck);
        var brokenWeak = suggester.AssertExcludedBy(Person(), Kind, tooWeak.Id, HardRuleNames.DbsCheck);
        var brokenNone = suggester.AssertExcludedBy(Person(), Kind, none.Id, HardRuleNames.DbsCheck);

        Assert.Equal("The befriender role needs an in-date EnhancedWithBarredLists DBS check; the volunteer's ran out on 2026-11-22.", brokenExpired.Reason);
        Assert.EndsWith("the volunteer's is Standard.", brokenWeak.Reason);
        Assert.EndsWith("the volunteer has none.", brokenNone.Reason);
        // The default peer-supporter role asks only for a standard check.
        var peerSupporter = tooWeak with { Roles = ["peer-supporter"] };
        Suggester(peerSupporter).AssertSuggested(Person() with { VolunteerRole = "peer-supporter" }, Kind, peerSupporter.Id);
    }

    [Fact]
    public void A_volunteer_whose_required_training_has_run_out_is_excluded_by_training()
    {
        var volunteer = Volunteer() with
        {
            Trainings = [new TrainingRecord("safeguarding-adults", Today.AddDays(-1)), new TrainingRecord("first-aid", null)],
        };
        var suggester = Suggester(volunteer);

        var broken = suggester.AssertExcludedBy(Person(), Kind, volunteer.Id, HardRuleNames.Training);

        Assert.Equal("The befriender role needs in-date training the volunteer lacks: safeguarding-adults.", broken.Reason);
        var renewed = volunteer with { Trainings = [.. volunteer.Trainings, new TrainingRecord("safeguarding-adults", Today)] };
        Suggester(renewed).AssertSuggested(Person(), Kind, renewed.Id);
    }

    [Fact]
    public void A_volunteer_at_their_caseload_limit_is_excluded_by_caseload()
    {
        var volunteer = Volunteer() with { CurrentCaseload = 3, CaseloadLimit = 3 };

        var broken = Suggester(volunteer).AssertExcludedBy(Person(), Kind, volunteer.Id, HardRuleNames.Caseload);

        Assert.Equal("Already supports 3 people; their limit is 3.", broken.Reason);
    }

    [Fact]
    public void A_volunteer_who_does_not_do_home_visits_or_is_not_the_preferred_gender_is_excluded_by_preferences()
    {
        var noVisits = Volunteer() with { WillDoHomeVisits = false, Gender = "female" };
        var male = Volunteer(2) with { Gender = "male" };
        var suggester = Suggester(noVisits, male);

        var brokenVisits = suggester.AssertExcludedBy(Person() with { NeedsHomeVisit = true }, Kind, noVisits.Id, HardRuleNames.Preferences);
        var brokenGender = suggester.AssertExcludedBy(Person() with { PreferredVolunteerGender = "female" }, Kind, male.Id, HardRuleNames.Preferences);

        Assert.Equal("The volunteer does not do home visits, and the person can only be seen at home.", brokenVisits.Reason);
        Assert.Equal("The person would prefer a female volunteer.", brokenGender.Reason);
        suggester.AssertSuggested(Person() with { PreferredVolunteerGender = "Female" }, Kind, noVisits.Id);
    }

    [Fact]
    public void A_volunteer_who_speaks_none_of_the_persons_languages_is_excluded_by_language()
    {
        var volunteer = Volunteer() with { Languages = ["en"] };

        var broken = Suggester(volunteer).AssertExcludedBy(Person() with { Languages = ["pl"] }, Kind, volunteer.Id, HardRuleNames.Language);

        Assert.Equal("Speaks en and no interpreter is available; the person speaks pl.", broken.Reason);
    }

    [Fact]
    public void A_volunteer_beyond_their_own_travel_limit_is_excluded_by_travel_distance()
    {
        var volunteer = Volunteer() with { MaxTravelKm = 0.5 };

        var broken = Suggester(volunteer).AssertExcludedBy(Person(), Kind, volunteer.Id, HardRuleNames.TravelDistance);

        Assert.Equal("1.0 km away; the volunteer travels up to 0.5 km.", broken.Reason);
    }
}
