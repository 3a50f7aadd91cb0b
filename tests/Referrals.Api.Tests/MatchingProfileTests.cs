using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.Client;
using SocialPrescribing.Contracts.Referrals;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using ReferralsClient = SocialPrescribing.Contracts.Referrals.Referrals.ReferralsClient;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class MatchingProfileTests(ReferralsApp app)
{
    [Fact]
    public async Task The_matching_profile_carries_the_facts_for_matching_and_nothing_that_names_the_person()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());

        var profile = await Client(TestTokens.Service()).GetMatchingProfileAsync(
            new GetMatchingProfileRequest { ReferralId = referralId.ToString() }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("WV10", profile.PostcodeDistrict);
        Assert.Equal(["English"], profile.Languages);
        Assert.Equal(["hearing-loop", "step-free-access"], profile.AccessibilityNeeds.Order());
        // Born 12 June 1941: 85 from 12 June 2026 until 11 June 2027, the span these tests run in.
        Assert.Equal(DateTime.UtcNow < new DateTime(2027, 6, 12) ? 85 : 86, profile.Age);
        var text = profile.ToString();
        Assert.DoesNotContain("Doris", text, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9434765919", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_without_a_token_gets_no_profile()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Client(null).GetMatchingProfileAsync(
            new GetMatchingProfileRequest { ReferralId = Guid.NewGuid().ToString() }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    private ReferralsClient Client(string? accessToken)
    {
        var http = app.Factory.CreateDefaultClient();
        if (accessToken is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        return new ReferralsClient(GrpcChannel.ForAddress(http.BaseAddress!, new GrpcChannelOptions { HttpClient = http, DisposeHttpClient = true }));
    }
}
