using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Apis;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Application;

/// <summary>Registering people on the caller's team, their profile and consents, and referring them; each audited and saved once.</summary>
public sealed class PersonCommands(CaseServices s)
{
    public async Task<PersonRecord> RegisterAsync(ClaimsPrincipal user, PersonRequest request, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var record = Intake.RegisterPerson(s, caller, caller.RequiredTeamId, request.ToProfile());
        await s.Db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<PersonRecord> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.PersonAsync(user, id, cancellationToken);
        await s.Audit.ReadAsync(Caller.Of(user), id, "person", id, cancellationToken);
        return record;
    }

    public async Task<PersonRecord> ChangeAsync(ClaimsPrincipal user, Guid id, PersonRequest request, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.PersonAsync(user, id, cancellationToken);
        IfMatch.Ensure(ifMatch, record.Version);
        var person = record.ToDomain();
        person.ChangeProfile(request.ToProfile(), s.Today);
        record.Apply(person);
        await ProfileChangedAsync(id, cancellationToken);
        s.Audit.Record(Caller.Of(user), AuditAction.Change, id, "person", id);
        await s.Db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public Task<PersonRecord> GiveConsentAsync(ClaimsPrincipal user, Guid id, ConsentRequest request, CancellationToken cancellationToken)
    {
        var method = WireValues.ParseOptional<ConsentMethod>("method", request.Method);
        return ChangeConsentsAsync(user, id, (consents, caller) => consents.Give(request.ProviderId, request.ProviderName, method, s.Now, caller.ActorId), cancellationToken);
    }

    /// <summary>Stops further sharing from now: the provider no longer sees who the person is (see <see cref="ProvidersApi"/>).</summary>
    public Task<PersonRecord> WithdrawConsentAsync(ClaimsPrincipal user, Guid id, Guid providerId, ConsentMethod? method, CancellationToken cancellationToken) =>
        ChangeConsentsAsync(user, id, (consents, caller) => consents.Withdraw(providerId, method, s.Now, caller.ActorId), cancellationToken);

    public Task<PersonRecord> GiveServiceConsentAsync(ClaimsPrincipal user, Guid id, ConsentMethod? method, CancellationToken cancellationToken) =>
        ChangeConsentsAsync(user, id, (consents, caller) => consents.GiveToService(method, s.Now, caller.ActorId), cancellationToken);

    /// <summary>Nothing new is started or shared for the person afterwards; their open referral can only be closed.</summary>
    public Task<PersonRecord> WithdrawServiceConsentAsync(ClaimsPrincipal user, Guid id, ConsentMethod? method, CancellationToken cancellationToken) =>
        ChangeConsentsAsync(user, id, (consents, caller) => consents.Withdraw(null, method, s.Now, caller.ActorId), cancellationToken);

    public async Task<List<AuditEntry>> AuditTrailAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        await s.Caseload.PersonAsync(user, id, cancellationToken);
        return await s.Db.Audit.AsNoTracking().Where(a => a.PersonId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    public async Task<ReferralRecord> ReferAsync(ClaimsPrincipal user, Guid id, ReferralRequest request, CancellationToken cancellationToken)
    {
        var person = await s.Caseload.PersonAsync(user, id, cancellationToken);
        var caller = Caller.Of(user);
        var (details, serviceConsent) = request.Validate();
        var record = Intake.Refer(s, caller, person, details, serviceConsent);
        await s.LinkWorkers.AssignAsync(caller, record, cancellationToken);
        await s.Db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>Matching holds a copy of each open referral's profile: tell it to read them again.</summary>
    public async Task ProfileChangedAsync(Guid personId, CancellationToken cancellationToken)
    {
        var open = await s.Db.Referrals.Where(r => r.PersonId == personId && r.Status != ReferralStatus.Closed).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var referralId in open)
        {
            s.Outbox.Add(new ReferralProfileChangedIntegrationEvent(referralId, personId, s.Now));
        }
    }

    private async Task<PersonRecord> ChangeConsentsAsync(ClaimsPrincipal user, Guid id, Action<Consents, Caller> change, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.PersonAsync(user, id, cancellationToken);
        var caller = Caller.Of(user);
        var person = record.ToDomain();
        change(person.Consents, caller);
        record.Apply(person);
        s.Audit.Record(caller, AuditAction.Change, id, "consent", id);
        await s.Db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
