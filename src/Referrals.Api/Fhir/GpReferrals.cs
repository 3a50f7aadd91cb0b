using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialPrescribing.Referrals.Apis;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>
/// Takes a GP system's referral onto its team's caseload through the same intake as the link worker's form: the
/// person (found by NHS number on the team's caseload, or registered), the referral and where it came from, saved
/// together or not at all. The same ServiceRequest identifier from the same client is one referral.
/// </summary>
public static class GpReferrals
{
    /// <returns>The referral's id and whether it was made now (false: it had been sent before).</returns>
    public static async Task<(ReferralRecord Referral, bool Created)> AcceptAsync(
        GpReferral sent, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        if (await ExistingAsync(s, caller.ActorId, sent, cancellationToken) is { } earlier)
        {
            return (earlier, false);
        }

        var teamId = caller.RequiredTeamId;
        var person = await s.Db.People.FirstOrDefaultAsync(p => p.TeamId == teamId && p.NhsNumber == sent.NhsNumber, cancellationToken)
            ?? Intake.RegisterPerson(s, caller, teamId, sent.Person.ToProfile());
        var referral = Intake.Refer(s, caller, person, sent.Referral.Validate().Details);
        s.Db.FhirOrigins.Add(new FhirOriginRecord
        {
            ReferralId = referral.Id,
            ClientId = caller.ActorId,
            ServiceRequestSystem = sent.ServiceRequestSystem,
            ServiceRequestValue = sent.ServiceRequestValue,
            PracticeOdsCode = sent.PracticeOdsCode,
            PracticeName = sent.PracticeName,
            PractitionerName = sent.PractitionerName,
            PractitionerIdentifier = sent.PractitionerIdentifier,
            NhsNumber = sent.NhsNumber,
            ReceivedAt = referral.ReceivedAt,
        });
        try
        {
            await s.Db.SaveChangesAsync(cancellationToken);
            return (referral, true);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same ServiceRequest arrived twice at once and the other copy was saved first.
            s.Db.ChangeTracker.Clear();
            return (await ExistingAsync(s, caller.ActorId, sent, cancellationToken)
                ?? throw new InvalidOperationException("A unique violation with no earlier referral."), false);
        }
    }

    private static async Task<ReferralRecord?> ExistingAsync(CaseServices s, string clientId, GpReferral sent, CancellationToken cancellationToken)
    {
        var referralId = await s.Db.FhirOrigins
            .Where(o => o.ClientId == clientId && o.ServiceRequestSystem == sent.ServiceRequestSystem && o.ServiceRequestValue == sent.ServiceRequestValue)
            .Select(o => (Guid?)o.ReferralId)
            .FirstOrDefaultAsync(cancellationToken);
        return referralId is { } id ? await s.Db.Referrals.FindAsync([id], cancellationToken) : null;
    }
}
