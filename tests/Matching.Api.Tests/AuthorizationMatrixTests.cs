using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using GrpcMatching = SocialPrescribing.Contracts.Matching.Matching;

namespace SocialPrescribing.Matching.Api.Tests;

/// <summary>
/// Every operation the matcher serves (read from its own endpoint list) × every kind of caller × own or another team's
/// referral, through the shared <see cref="AuthorizationMatrix"/>.
/// </summary>
public sealed class AuthorizationMatrixTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_operation_admits_exactly_the_callers_it_should()
    {
        var (ownReferral, otherReferral, otherTeam) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a =>
        {
            a.Referrals.Put(TestWorld.Person(ownReferral, "need-loneliness"));
            var other = TestWorld.Person(otherReferral, "need-loneliness");
            other.TeamId = otherTeam.ToString();
            a.Referrals.Put(other);
        });
        await app.WaitForSuggestionsAsync(ownReferral, count: 2);
        using var http = app.CreateClient();
        using var channel = app.AnonymousChannel();
        var referralOf = new Dictionary<string, string> { [TestWorld.Team.ToString()] = ownReferral.ToString(), [otherTeam.ToString()] = otherReferral.ToString() };

        var matrix = new AuthorizationMatrix(http, (account, _) => Task.FromResult(MatchingApp.TokenFor(account)), channel.CreateCallInvoker())
            .WithAccounts(MatrixAccounts.For(TestWorld.Team, TestWorld.Organisation, Guid.NewGuid()))
            .WithOtherOwner(teamId: otherTeam.ToString())
            .CoveringEndpoints(EndpointInventory.Of(app.Services));

        var service = GrpcMatching.Descriptor;
        matrix
            .PublicHealth()
            // What the directory publishes anyway: the web's home page shows it to anyone.
            .Public(MatrixOperation.Grpc(service, "GetKnownActivity", (grpc, options, _) =>
                new GrpcMatching.MatchingClient(grpc).GetKnownActivityAsync(new GetKnownActivityRequest { ActivityId = TestWorld.LunchClub.ToString() }, options).ResponseAsync))
            .Public(MatrixOperation.Grpc(service, "ListKnownActivities", (grpc, options, _) =>
                new GrpcMatching.MatchingClient(grpc).ListKnownActivitiesAsync(new ListKnownActivitiesRequest { Limit = 5 }, options).ResponseAsync))
            // About a referred person: only the case workers of the referral's team.
            .AllowOwnOnly(MatrixOperation.Grpc(service, "Suggest", (grpc, options, ids) =>
                new GrpcMatching.MatchingClient(grpc).SuggestAsync(new SuggestRequest
                {
                    ReferralId = referralOf[ids.TeamId!], Kind = CandidateKind.Activity, K = 5,
                }, options).ResponseAsync, OwnerIds.Team), Roles.LinkWorker, Roles.TeamLead)
            .AllowOwnOnly(MatrixOperation.Grpc(service, "Explain", (grpc, options, ids) =>
                new GrpcMatching.MatchingClient(grpc).ExplainAsync(new ExplainRequest
                {
                    ReferralId = referralOf[ids.TeamId!], Kind = CandidateKind.Activity, CandidateId = TestWorld.LunchClub.ToString(),
                }, options).ResponseAsync, OwnerIds.Team), Roles.LinkWorker, Roles.TeamLead)
            .AllowOwnOnly(MatrixOperation.Grpc(service, "Allocate", (grpc, options, ids) =>
                new GrpcMatching.MatchingClient(grpc).AllocateAsync(new AllocateRequest
                {
                    Kind = CandidateKind.Activity, ReferralIds = { referralOf[ids.TeamId!] },
                }, options).ResponseAsync, OwnerIds.Team), Roles.LinkWorker, Roles.TeamLead);

        await matrix.VerifyAsync(Ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"{matrix.Rows.Count} rows");
    }
}
