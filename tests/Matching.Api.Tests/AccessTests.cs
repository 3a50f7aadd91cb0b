using Grpc.Core;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Matching.Api.Tests;

public sealed class AccessTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_case_workers_with_the_matching_scope_may_ask_about_a_person()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        await app.WaitForSuggestionsAsync(referral, count: 2);
        var request = new SuggestRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, K = 5 };

        var (anonymous, anonymousChannel) = app.ClientWith(null);
        using (anonymousChannel)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(async () => await anonymous.SuggestAsync(request, cancellationToken: Ct));
            Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
            // The list of published activities is the directory's public data: no token needed.
            await anonymous.ListKnownActivitiesAsync(new ListKnownActivitiesRequest { Limit = 5 }, cancellationToken: Ct);
        }

        foreach (var token in new[]
        {
            MatchingApp.Token(Roles.VcseClient, ApiScopes.Matching),
            MatchingApp.Token(Roles.Commissioner, ApiScopes.Matching),
            MatchingApp.Token(Roles.Administrator, ApiScopes.Matching),
            MatchingApp.Token(Roles.LinkWorker, ApiScopes.Referrals),
            // The matcher proposes matches itself; no service asks it about a person.
            MatchingApp.ServiceToken(ServiceClients.Referrals),
        })
        {
            Assert.Equal(StatusCode.PermissionDenied, await SuggestAsync(app, token, request));
        }
        Assert.Equal(StatusCode.OK, await SuggestAsync(app, MatchingApp.LinkWorkerToken(), request));
    }

    [Fact]
    public async Task A_link_worker_of_another_team_gets_no_suggestion_explanation_or_allocation_for_the_referral()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        await app.WaitForSuggestionsAsync(referral, count: 2);
        var otherTeam = MatchingApp.LinkWorkerToken(Guid.NewGuid());

        var (client, channel) = app.ClientWith(otherTeam);
        using (channel)
        {
            var suggest = await Assert.ThrowsAsync<RpcException>(async () => await client.SuggestAsync(
                new SuggestRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, K = 5 }, cancellationToken: Ct));
            var explain = await Assert.ThrowsAsync<RpcException>(async () => await client.ExplainAsync(
                new ExplainRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, CandidateId = TestWorld.LunchClub.ToString() }, cancellationToken: Ct));
            var allocate = await Assert.ThrowsAsync<RpcException>(async () => await client.AllocateAsync(
                new AllocateRequest { Kind = CandidateKind.Activity, ReferralIds = { referral.ToString() } }, cancellationToken: Ct));

            Assert.All([suggest, explain, allocate], e => Assert.Equal(StatusCode.PermissionDenied, e.StatusCode));
            Assert.All([suggest, explain, allocate], e => Assert.Contains("another team", e.Status.Detail, StringComparison.Ordinal));
        }
        var request = new SuggestRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, K = 5 };
        Assert.Equal(StatusCode.PermissionDenied, await SuggestAsync(app, MatchingApp.CaseWorkerToken(Roles.TeamLead, Guid.NewGuid()), request));
        Assert.Equal(StatusCode.OK, await SuggestAsync(app, MatchingApp.CaseWorkerToken(Roles.TeamLead, TestWorld.Team), request));
    }

    private static async Task<StatusCode> SuggestAsync(MatchingApp app, string token, SuggestRequest request)
    {
        var (client, channel) = app.ClientWith(token);
        using (channel)
        {
            try
            {
                await client.SuggestAsync(request, cancellationToken: Ct);
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        }
    }
}
