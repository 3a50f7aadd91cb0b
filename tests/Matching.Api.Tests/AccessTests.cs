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
    public async Task Only_link_workers_and_our_services_may_ask_about_a_person()
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
            MatchingApp.Token(Roles.LinkWorker, ApiScopes.Referrals),
        })
        {
            var (client, channel) = app.ClientWith(token);
            using (channel)
            {
                var denied = await Assert.ThrowsAsync<RpcException>(async () => await client.SuggestAsync(request, cancellationToken: Ct));
                Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
            }
        }

        var (service, serviceChannel) = app.ClientWith(MatchingApp.Token(Roles.Service));
        using (serviceChannel)
        {
            Assert.NotEmpty((await service.SuggestAsync(request, cancellationToken: Ct)).Suggestions);
        }
    }
}
