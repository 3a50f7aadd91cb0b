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
}
