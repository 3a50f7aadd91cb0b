using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>Referred people: their profile, consents to share, referrals and the audit trail of their record.</summary>
public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people");
        people.MapPost("/", RegisterAsync);
        people.MapGet("/{id:guid}", GetAsync);
        people.MapPut("/{id:guid}", ChangeAsync);
        people.MapPost("/{id:guid}/consents", GiveConsentAsync);
        people.MapPost("/{id:guid}/consents/{providerId:guid}/withdrawal", WithdrawConsentAsync);
        people.MapPost("/{id:guid}/consents/service", GiveServiceConsentAsync);
        people.MapPost("/{id:guid}/consents/service/withdrawal", WithdrawServiceConsentAsync);
        people.MapGet("/{id:guid}/audit", AuditTrailAsync);
        people.MapPost("/{id:guid}/referrals", ReferAsync);
        return api;
    }

    public static async Task<Created<PersonRecord>> RegisterAsync(
        PersonRequest request, ClaimsPrincipal user, HttpResponse response, CaseServices s, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var record = Intake.RegisterPerson(s, caller, caller.RequiredTeamId, request.ToProfile());
        await s.Db.SaveChangesAsync(cancellationToken);
        response.SetETag(record.Version);
        return TypedResults.Created($"/api/people/{record.Id}", record);
    }

    public static async Task<Ok<PersonRecord>> GetAsync(
        Guid id, ClaimsPrincipal user, HttpResponse response, CaseServices s, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.PersonAsync(user, id, cancellationToken);
        await s.Audit.ReadAsync(Caller.Of(user), id, "person", id, cancellationToken);
        response.SetETag(record.Version);
        return TypedResults.Ok(record);
    }

    public static async Task<Ok<PersonRecord>> ChangeAsync(
        Guid id, PersonRequest request, ClaimsPrincipal user, HttpContext http, CaseServices s, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.PersonAsync(user, id, cancellationToken);
        http.Request.EnsureIfMatch(record.Version);
        var person = record.ToDomain();
        person.ChangeProfile(request.ToProfile(), s.Today);
        record.Apply(person);
        await ProfileChangedAsync(s, id, cancellationToken);
        s.Audit.Record(Caller.Of(user), AuditAction.Change, id, "person", id);
        await s.Db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(record.Version);
        return TypedResults.Ok(record);
    }

    public static async Task<Ok<PersonRecord>> GiveConsentAsync(
        Guid id, ConsentRequest request, ClaimsPrincipal user, HttpResponse response, CaseServices s, CancellationToken cancellationToken) =>
        await ChangeConsentsAsync(id, user, response, s,
            (consents, caller) => consents.Give(request.ProviderId, request.ProviderName, request.Method, s.Now, caller.ActorId), cancellationToken);

    /// <summary>Stops further sharing from now: the provider no longer sees who the person is (see <see cref="ProvidersApi"/>).</summary>
    public static async Task<Ok<PersonRecord>> WithdrawConsentAsync(
        Guid id, Guid providerId, ConsentMethodRequest? request, ClaimsPrincipal user, HttpResponse response, CaseServices s, CancellationToken cancellationToken) =>
        await ChangeConsentsAsync(id, user, response, s, (consents, caller) => consents.Withdraw(providerId, request?.Method, s.Now, caller.ActorId), cancellationToken);

    public static async Task<Ok<PersonRecord>> GiveServiceConsentAsync(
        Guid id, ConsentMethodRequest? request, ClaimsPrincipal user, HttpResponse response, CaseServices s, CancellationToken cancellationToken) =>
        await ChangeConsentsAsync(id, user, response, s, (consents, caller) => consents.GiveToService(request?.Method, s.Now, caller.ActorId), cancellationToken);

    /// <summary>Nothing new is started or shared for the person afterwards; their open referral can only be closed.</summary>
    public static async Task<Ok<PersonRecord>> WithdrawServiceConsentAsync(
        Guid id, ConsentMethodRequest? request, ClaimsPrincipal user, HttpResponse response, CaseServices s, CancellationToken cancellationToken) =>
        await ChangeConsentsAsync(id, user, response, s, (consents, caller) => consents.Withdraw(null, request?.Method, s.Now, caller.ActorId), cancellationToken);

    public static async Task<Ok<List<AuditEntry>>> AuditTrailAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        await s.Caseload.PersonAsync(user, id, cancellationToken);
        var entries = await s.Db.Audit.AsNoTracking().Where(a => a.PersonId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }

    public static async Task<Created<ReferralRecord>> ReferAsync(
        Guid id, ReferralRequest request, ClaimsPrincipal user, HttpResponse response, CaseServices s, CancellationToken cancellationToken)
    {
        var person = await s.Caseload.PersonAsync(user, id, cancellationToken);
        var caller = Caller.Of(user);
        var record = Intake.Refer(s, caller, person, request.ToDetails(), request.ServiceConsent);
        await s.LinkWorkers.AssignAsync(caller, record, cancellationToken);
        await s.Db.SaveChangesAsync(cancellationToken);
        response.SetETag(record.Version);
        return TypedResults.Created($"/api/referrals/{record.Id}", record);
    }

    /// <summary>Matching holds a copy of each open referral's profile: tell it to read them again.</summary>
    internal static async Task ProfileChangedAsync(CaseServices s, Guid personId, CancellationToken cancellationToken)
    {
        var open = await s.Db.Referrals.Where(r => r.PersonId == personId && r.Status != ReferralStatus.Closed).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var referralId in open)
        {
            s.Outbox.Add(new ReferralProfileChangedIntegrationEvent(referralId, personId, s.Now));
        }
    }

    private static async Task<Ok<PersonRecord>> ChangeConsentsAsync(
        Guid id, ClaimsPrincipal user, HttpResponse response, CaseServices s, Action<Consents, Caller> change, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.PersonAsync(user, id, cancellationToken);
        var caller = Caller.Of(user);
        var person = record.ToDomain();
        change(person.Consents, caller);
        record.Apply(person);
        s.Audit.Record(caller, AuditAction.Change, id, "consent", id);
        await s.Db.SaveChangesAsync(cancellationToken);
        response.SetETag(record.Version);
        return TypedResults.Ok(record);
    }
}
