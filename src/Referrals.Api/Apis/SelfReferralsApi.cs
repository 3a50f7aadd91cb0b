using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialPrescribing.Contracts.Http.Referrals;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>
/// People referring themselves through the public web. Only the web's own client may call this (server to server, after
/// its spam checks): there is no endpoint a bot could post to directly.
/// </summary>
public static class SelfReferralsApi
{
    public static RouteGroupBuilder MapSelfReferralsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/", ReferAsync);
        return api;
    }

    public static async Task<Created<SelfReferralReceipt>> ReferAsync(
        SelfReferralRequest request, ClaimsPrincipal user, CaseServices s, SelfReferralTeams teams, ITaxonomyTerms taxonomy, CancellationToken cancellationToken)
    {
        var (profile, details) = request.Validate();
        var teamId = teams.TeamFor(profile.Postcode);
        var needs = await NeedTerms.CheckAsync(taxonomy, request.NeedTermIds ?? [], [], cancellationToken);
        var caller = Caller.Of(user);

        var person = Intake.RegisterPerson(s, caller, teamId, profile);
        var referral = Intake.ReferSelf(s, caller, person, details, needs.Needs);
        await s.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/referrals/{referral.Id}",
            new SelfReferralReceipt(referral.Id, SelfReferralReference.Of(referral.Id), FirstContact.WorkingDaysFor(referral.Urgency)));
    }
}
