using System.Net.Http.Headers;
using System.Net.Http.Json;
using Grpc.Core;
using Grpc.Net.Client;
using SocialPrescribing.Authorization;
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
    public async Task Open_profiles_come_page_by_page_in_id_order_without_closed_referrals()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var open = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            open.Add(await worker.ReferAsync(await worker.RegisterPersonAsync()));
        }
        var closed = await worker.ReferAsync(await worker.RegisterPersonAsync());
        await LinkWorkerClient.ReadAsync(await worker.ChangeReferralAsync(closed, HttpMethod.Post, "closure", new { closureReason = "declined-by-person", outcome = "Did not want support.", summary = "Declined at first contact." }));

        var client = Client(TestTokens.Service());
        var seen = new List<MatchingProfile>();
        var after = "";
        do
        {
            var page = await client.GetOpenMatchingProfilesPageAsync(new OpenMatchingProfilesPageRequest { AfterReferralId = after, PageSize = 2 }, cancellationToken: Ct);
            Assert.InRange(page.Profiles.Count, 1, 2);
            seen.AddRange(page.Profiles);
            after = page.NextAfterReferralId;
        }
        while (after.Length > 0);

        var ids = seen.Select(p => p.ReferralId).ToList();
        // PostgreSQL orders uuids byte by byte, which is the ordinal order of their text.
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Superset(open.Select(id => id.ToString()).ToHashSet(), ids.ToHashSet());
        Assert.DoesNotContain(closed.ToString(), ids);
        Assert.All(seen, p => Assert.NotEqual("Closed", p.Status));
        Assert.Equal("WV10", seen.Single(p => p.ReferralId == open[0].ToString()).PostcodeDistrict);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(501, "")]
    [InlineData(10, "not-an-id")]
    public async Task A_bad_page_request_is_refused_with_a_reason(int pageSize, string after)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Client(TestTokens.Service()).GetOpenMatchingProfilesPageAsync(
            new OpenMatchingProfilesPageRequest { AfterReferralId = after, PageSize = pageSize }, cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.NotEmpty(error.Status.Detail);
    }

    [Fact]
    public async Task A_link_worker_cannot_page_through_everyones_profiles()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Client(TestTokens.LinkWorker(Guid.NewGuid())).GetOpenMatchingProfilesPageAsync(
            new OpenMatchingProfilesPageRequest { PageSize = 10 }, cancellationToken: Ct));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task Only_the_matcher_reads_a_profile_not_the_referrals_own_link_worker_nor_another_service()
    {
        var team = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team)));
        var request = new GetMatchingProfileRequest { ReferralId = (await worker.ReferAsync(await worker.RegisterPersonAsync())).ToString() };

        var asLinkWorker = await Assert.ThrowsAsync<RpcException>(async () => await Client(TestTokens.LinkWorker(team)).GetMatchingProfileAsync(request, cancellationToken: Ct));
        var asDirectory = await Assert.ThrowsAsync<RpcException>(async () => await Client(
            TestTokens.Issue(Roles.Service, [ApiScopes.Referrals], subject: ServiceClients.Directory)).GetMatchingProfileAsync(request, cancellationToken: Ct));
        var asMatcher = await Client(TestTokens.Service()).GetMatchingProfileAsync(request, cancellationToken: Ct);

        Assert.Equal(StatusCode.PermissionDenied, asLinkWorker.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, asDirectory.StatusCode);
        Assert.Equal(request.ReferralId, asMatcher.ReferralId);
    }

    [Fact]
    public async Task A_caller_without_a_token_gets_no_profile()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Client(null).GetMatchingProfileAsync(
            new GetMatchingProfileRequest { ReferralId = Guid.NewGuid().ToString() }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
