using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Referrals;
using GrpcReferrals = SocialPrescribing.Contracts.Referrals.Referrals;

namespace SocialPrescribing.Referrals.Grpc;

public sealed class ReferralsService(ReferralsContext db) : GrpcReferrals.ReferralsBase
{
    public override async Task<MatchingProfile> GetMatchingProfile(GetMatchingProfileRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ReferralId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.ReferralId}' is not a referral id."));
        }
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Referral {id} does not exist."));
        return new MatchingProfile
        {
            ReferralId = referral.Id.ToString(),
            PostcodeDistrict = referral.PostcodeDistrict,
            NeedTermIds = { referral.NeedTermIds },
            Languages = { referral.Languages },
        };
    }
}
