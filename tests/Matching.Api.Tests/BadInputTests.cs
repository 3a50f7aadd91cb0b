using Grpc.Core;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Matching.Api.Tests;

public sealed class BadInputTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bad_requests_get_a_clear_status_and_the_service_keeps_serving()
    {
        var referral = Guid.NewGuid();
        var placeless = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a =>
        {
            a.Referrals.Put(TestWorld.Person(referral, "need-loneliness"));
            var nowhere = TestWorld.Person(placeless, "need-loneliness");
            nowhere.PostcodeDistrict = "ZZ99";
            a.Referrals.Put(nowhere);
        });
        await app.WaitForSuggestionsAsync(referral, count: 2);
        var client = app.Client();

        await AssertStatus(StatusCode.InvalidArgument, "between 1 and 100", () => client.SuggestAsync(Suggest(referral, k: 0), cancellationToken: Ct));
        await AssertStatus(StatusCode.InvalidArgument, "between 1 and 100", () => client.SuggestAsync(Suggest(referral, k: 101), cancellationToken: Ct));
        await AssertStatus(StatusCode.InvalidArgument, "not an id", () => client.SuggestAsync(new SuggestRequest { ReferralId = "abc", Kind = CandidateKind.Activity, K = 5 }, cancellationToken: Ct));
        await AssertStatus(StatusCode.InvalidArgument, "kind", () => client.SuggestAsync(new SuggestRequest { ReferralId = referral.ToString(), K = 5 }, cancellationToken: Ct));
        await AssertStatus(StatusCode.NotFound, "not known", () => client.SuggestAsync(Suggest(Guid.NewGuid(), k: 5), cancellationToken: Ct));
        await AssertStatus(StatusCode.FailedPrecondition, "no location", () => client.SuggestAsync(Suggest(placeless, k: 5), cancellationToken: Ct));
        await AssertStatus(StatusCode.NotFound, "No activity", () => client.ExplainAsync(
            new ExplainRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, CandidateId = Guid.NewGuid().ToString() }, cancellationToken: Ct));
        await AssertStatus(StatusCode.InvalidArgument, "below zero", () => client.AllocateAsync(new AllocateRequest
        {
            ReferralIds = { referral.ToString() },
            Kind = CandidateKind.Activity,
            Capacities = { new CandidateCapacity { CandidateId = TestWorld.LunchClub.ToString(), Places = -1 } },
        }, cancellationToken: Ct));

        var after = await client.SuggestAsync(Suggest(referral, k: 5), cancellationToken: Ct);
        Assert.Equal(2, after.Suggestions.Count);
    }

    private static SuggestRequest Suggest(Guid referral, int k) => new() { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, K = k };

    private static async Task AssertStatus<T>(StatusCode expected, string messagePart, Func<AsyncUnaryCall<T>> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call());
        Assert.Equal(expected, error.StatusCode);
        Assert.Contains(messagePart, error.Status.Detail, StringComparison.OrdinalIgnoreCase);
    }
}
