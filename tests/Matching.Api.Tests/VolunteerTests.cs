using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Contracts.Volunteering;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Matching.Api.Tests;

/// <summary>Volunteers come from the volunteering service's snapshot, re-read when a volunteer event arrives.</summary>
public sealed class VolunteerTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_registered_volunteer_with_checks_in_date_is_suggested_and_one_without_a_DBS_check_is_excluded_by_name()
    {
        var referral = Guid.NewGuid();
        var (checkedVolunteer, withoutDbs) = (Guid.NewGuid(), Guid.NewGuid());
        await using var app = await MatchingApp.StartAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        var client = app.Client();

        // Both arrive after start: only the volunteer event makes the matcher read the snapshot again.
        app.Volunteering.Put(Befriender(checkedVolunteer, new DbsCheck { Level = "enhanced-with-barred-lists", RenewBy = "2099-01-01", InDate = true }));
        app.Volunteering.Put(Befriender(withoutDbs, dbs: null));
        await app.PublishAsync(new VolunteerRegisteredIntegrationEvent(checkedVolunteer, TestWorld.Home, ["befriender"], ["en"], [], 3, DateTimeOffset.UtcNow));

        SuggestResponse? response = null;
        await Eventually.HoldsAsync(async () =>
        {
            response = await client.SuggestAsync(new SuggestRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Volunteer, K = 5 }, cancellationToken: Ct);
            return response.Suggestions.Count > 0;
        }, "a volunteer is suggested");

        Assert.Equal([checkedVolunteer.ToString()], response!.Suggestions.Select(s => s.CandidateId));
        var excluded = await client.ExplainAsync(
            new ExplainRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Volunteer, CandidateId = withoutDbs.ToString() }, cancellationToken: Ct);
        Assert.Equal(["DBS check"], excluded.BrokenRules.Select(r => r.Rule));
    }

    /// <summary>A befriender in WV10 with safeguarding training that never lapses and room for two more people.</summary>
    private static AvailableVolunteer Befriender(Guid id, DbsCheck? dbs)
    {
        var volunteer = new AvailableVolunteer
        {
            VolunteerId = id.ToString(),
            PostcodeDistrict = TestWorld.Home,
            Roles = { "befriender" },
            CaseloadLimit = 3,
            FreeCaseload = 2,
            Languages = { "en" },
            InterestTermIds = { "need-loneliness" },
            Trainings = { new Training { Code = "safeguarding-adults", InDate = true } },
            WillDoHomeVisits = true,
        };
        if (dbs is not null)
        {
            volunteer.Dbs = dbs;
        }
        return volunteer;
    }
}
