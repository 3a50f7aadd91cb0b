using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Matching.Api.Tests;

/// <summary>
/// Suggest, Explain and Allocate over gRPC against a read model caught up from the directory's snapshot
/// (the database starts empty, as a new replica's would). Scores count needs only: see <see cref="TestWorld"/>.
/// </summary>
public sealed class SuggestionTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Suggest_ranks_the_activities_that_break_no_rule_by_how_well_they_meet_the_needs()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness", "need-long-term-conditions")));

        var response = await app.WaitForSuggestionsAsync(referral, count: 2);

        // Health walk: loneliness 1 + long-term conditions through its child "diabetes" 0.5 → (1 + 0.5) / 2 = 0.75.
        // Lunch club: loneliness 1 + nothing for long-term conditions 0 → (1 + 0) / 2 = 0.5.
        // The far club (11 km, limit 5 km) and the youth club (up to 25, person 70) break hard rules.
        Assert.Equal([TestWorld.HealthWalk.ToString(), TestWorld.LunchClub.ToString()], response.Suggestions.Select(s => s.CandidateId));
        Assert.Equal(0.75, response.Suggestions[0].Score.Total, 6);
        Assert.Equal(0.5, response.Suggestions[1].Score.Total, 6);
        Assert.Equal([1, 2], response.Suggestions.Select(s => s.Rank));
        Assert.Contains("Long-term", response.Suggestions[0].Score.Parts.Single(p => p.Name == "Needs and interests").Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Explain_names_the_hard_rule_that_excludes_a_candidate_and_ranks_an_eligible_one()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness", "need-long-term-conditions")));
        await app.WaitForSuggestionsAsync(referral, count: 2);
        var client = app.Client();

        var far = await client.ExplainAsync(Explain(referral, TestWorld.FarClub), cancellationToken: Ct);
        var young = await client.ExplainAsync(Explain(referral, TestWorld.YouthClub), cancellationToken: Ct);
        var lunch = await client.ExplainAsync(Explain(referral, TestWorld.LunchClub), cancellationToken: Ct);

        Assert.False(far.Eligible);
        Assert.Equal(["Travel distance"], far.BrokenRules.Select(r => r.Rule));
        Assert.Equal(["Age"], young.BrokenRules.Select(r => r.Rule));
        Assert.False(far.HasRank);
        // Second of the two eligible activities (0.5 against the health walk's 0.75).
        Assert.True(lunch.Eligible);
        Assert.Equal(2, lunch.Rank);
        Assert.Equal(2, lunch.EligibleCount);
        Assert.Equal(0.75, lunch.TopScore, 6);
    }

    [Fact]
    public async Task Allocate_finds_the_best_total_where_greedy_takes_the_top_pair_and_strands_someone()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a =>
        {
            a.Referrals.Put(TestWorld.Person(first, "need-loneliness", "need-physical-activity"));
            a.Referrals.Put(TestWorld.Person(second, "need-physical-activity", "need-long-term-conditions"));
        });
        await app.WaitForSuggestionsAsync(first, count: 2);

        var result = await app.Client().AllocateAsync(new AllocateRequest
        {
            ReferralIds = { first.ToString(), second.ToString() },
            Kind = CandidateKind.Activity,
            Capacities =
            {
                new CandidateCapacity { CandidateId = TestWorld.LunchClub.ToString(), Places = 1 },
                new CandidateCapacity { CandidateId = TestWorld.HealthWalk.ToString(), Places = 1 },
            },
        }, cancellationToken: Ct);

        // First: health walk (1 + 1) / 2 = 1.0, lunch club (1 + 0) / 2 = 0.5.
        // Second: health walk (physical activity 1 + long-term conditions via diabetes 0.5) / 2 = 0.75, lunch club 0.
        // Greedy takes the top pair (first → health walk, 1.0) and leaves the second only the lunch club (0): 1.0.
        // The optimum gives first the lunch club and second the health walk: 0.5 + 0.75 = 1.25.
        Assert.Equal(1.25, result.Objective, 3);
        Assert.Equal(1.0, result.GreedyObjective, 3);
        Assert.Equal(
            [(first.ToString(), TestWorld.LunchClub.ToString()), (second.ToString(), TestWorld.HealthWalk.ToString())],
            result.Assignments.OrderBy(a => a.ReferralId == second.ToString()).Select(a => (a.ReferralId, a.CandidateId)));
    }

    private static ExplainRequest Explain(Guid referral, Guid candidate) =>
        new() { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, CandidateId = candidate.ToString() };
}
