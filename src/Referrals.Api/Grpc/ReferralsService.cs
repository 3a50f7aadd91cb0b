using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Referrals;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.People;
using GrpcReferrals = SocialPrescribing.Contracts.Referrals.Referrals;

namespace SocialPrescribing.Referrals.Grpc;

/// <summary>What other services may ask about a referral: the facts matching needs, never who the person is.</summary>
public sealed class ReferralsService(ReferralsContext db, TimeProvider time) : GrpcReferrals.ReferralsBase
{
    public override async Task<MatchingProfile> GetMatchingProfile(GetMatchingProfileRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ReferralId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.ReferralId}' is not a referral id."));
        }
        var found = await db.Referrals.AsNoTracking()
            .Where(r => r.Id == id)
            .Join(db.People, r => r.PersonId, p => p.Id, (referral, person) => new { referral, person })
            .FirstOrDefaultAsync(context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Referral {id} does not exist."));
        var (referral, person) = (found.referral, found.person);

        var profile = new MatchingProfile
        {
            ReferralId = referral.Id.ToString(),
            PostcodeDistrict = person.PostcodeDistrict,
            NeedTermIds = { referral.NeedTermIds },
            InterestTermIds = { referral.InterestTermIds },
            Languages = { person.FirstLanguage },
            NeedsInterpreter = person.NeedsInterpreter,
            AccessibilityNeeds = { person.AccessibilityNeeds.Select(Code) },
            Age = person.ToDomain().AgeOn(WorkingDays.UkDateOf(time.GetUtcNow())),
            Status = referral.Status.ToString(),
            TeamId = referral.TeamId.ToString(),
            IsCarer = person.IsCarer,
            Availability =
            {
                referral.Availability.Select(slot => new Contracts.Referrals.FreeTime
                {
                    Day = slot.Day,
                    Start = slot.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    End = slot.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                }),
            },
        };
        if (referral.Travel is { } travel)
        {
            profile.TravelModes.AddRange(travel.Modes);
            if (travel.MaxKm is { } km)
            {
                profile.MaxTravelKm = km;
            }
        }
        return profile;
    }

    /// <summary>The directory's kebab-case codes ("step-free-access") for the domain's names.</summary>
    private static string Code(AccessibilityNeed value) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
