using System.Collections.Concurrent;
using Grpc.Core;
using SocialPrescribing.Contracts.Referrals;
using ReferralsClient = SocialPrescribing.Contracts.Referrals.Referrals.ReferralsClient;

namespace SocialPrescribing.Matching.Api.Tests.Hosting;

/// <summary>The referrals service's matching profiles, as a test sets them.</summary>
internal sealed class FakeReferrals : ReferralsClient
{
    private readonly ConcurrentDictionary<string, MatchingProfile> profiles = new();

    public void Put(MatchingProfile profile) => profiles[profile.ReferralId] = profile;

    public override AsyncUnaryCall<MatchingProfile> GetMatchingProfileAsync(GetMatchingProfileRequest request, CallOptions options) =>
        profiles.TryGetValue(request.ReferralId, out var profile)
            ? GrpcCalls.Answer(profile)
            : GrpcCalls.Fail<MatchingProfile>(StatusCode.NotFound, $"No referral {request.ReferralId}.");

    public override AsyncUnaryCall<MatchingProfilesPage> GetOpenMatchingProfilesPageAsync(OpenMatchingProfilesPageRequest request, CallOptions options)
    {
        var page = profiles.Values
            .Where(p => p.Status != "Closed" && string.CompareOrdinal(p.ReferralId, request.AfterReferralId) > 0)
            .OrderBy(p => p.ReferralId, StringComparer.Ordinal)
            .Take(request.PageSize)
            .ToList();
        var last = page.Count == request.PageSize ? page[^1].ReferralId : "";
        return GrpcCalls.Answer(new MatchingProfilesPage { Profiles = { page }, NextAfterReferralId = last });
    }
}
