using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>A referral's lifecycle, the "what matters" conversation, the plan, wellbeing measures and connections.</summary>
public static class ReferralsApi
{
    public static RouteGroupBuilder MapReferralsApi(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals");
        referrals.MapGet("/{id:guid}", GetAsync);
        referrals.MapPost("/{id:guid}/status", MoveAsync);
        referrals.MapPost("/{id:guid}/triage", TriageAsync);
        referrals.MapPost("/{id:guid}/closure", CloseAsync);
        referrals.MapPost("/{id:guid}/notes", AddNoteAsync);
        referrals.MapPut("/{id:guid}/needs", SetNeedsAsync);
        referrals.MapPut("/{id:guid}/plan", SetPlanAsync);
        referrals.MapPost("/{id:guid}/wellbeing", MeasureAsync);
        referrals.MapPost("/{id:guid}/connections", ConnectAsync);
        return api;
    }

    public static async Task<Ok<ReferralView>> GetAsync(Guid id, ClaimsPrincipal user, HttpResponse response, CaseServices s, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        var view = await ViewAsync(s, record, cancellationToken);
        await s.Audit.ReadAsync(Caller.Of(user), record.PersonId, "referral", id, cancellationToken);
        response.SetETag(record.Version);
        return TypedResults.Ok(view);
    }

    public static async Task<Ok<ReferralRecord>> MoveAsync(
        Guid id, StatusRequest request, ClaimsPrincipal user, HttpContext http, CaseServices s, CancellationToken cancellationToken) =>
        await ChangeAsync(id, user, http, s, "referral", record =>
        {
            // The lifecycle's "assessed" means the conversation happened and a plan is agreed.
            if (request.Status == ReferralStatus.Assessed && record.Plan is null)
            {
                throw new DomainException("Agree a plan with the person (PUT …/plan) before marking the referral assessed.", "plan");
            }
            var referral = record.ToDomain();
            referral.MoveTo(request.Status, Caller.Of(user).ActorId, s.Now, request.Reason!);
            record.Apply(referral);
        }, cancellationToken);

    public static Task<Ok<ReferralRecord>> TriageAsync(
        Guid id, TriageRequest request, ClaimsPrincipal user, HttpContext http, CaseServices s, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, http, s, "referral", record =>
        {
            var outcome = request.Outcome ?? throw new DomainException("Say what triage found: safe to proceed, or urgent concern escalated.", "outcome");
            var referral = record.ToDomain();
            referral.Triage(outcome, Caller.Of(user).ActorId, s.Now, request.Note!);
            record.Apply(referral);
        }, cancellationToken);

    public static async Task<Ok<ReferralRecord>> CloseAsync(
        Guid id, CloseRequest request, ClaimsPrincipal user, HttpContext http, CaseServices s, SurveyInvitations surveys, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        http.Request.EnsureIfMatch(record.Version);
        var caller = Caller.Of(user);
        var referral = record.ToDomain();
        var closure = new ReferralClosure(request.ClosureReason, request.Outcome!, request.Summary!);
        referral.Close(closure, caller.ActorId, s.Now);
        record.Apply(referral);

        var staged = new List<ConnectionMoves.Staged>();
        foreach (var connection in await s.Db.Connections.Where(c => c.ReferralId == id).ToListAsync(cancellationToken))
        {
            if (!ConnectionLifecycle.IsFinal(connection.Status))
            {
                var (to, why) = connection.Status == ConnectionStatus.Attended
                    ? (ConnectionStatus.Finished, (string?)null)
                    : (ConnectionStatus.Withdrawn, "The referral closed.");
                staged.Add(await s.Connections.StageAsync(connection, to, caller, why, cancellationToken));
            }
        }

        var person = await s.Caseload.PersonOfAsync(record, cancellationToken);
        if (closure.Reason == ClosureReason.Completed)
        {
            await surveys.AtClosingAsync(record, person, cancellationToken);
        }
        var measurements = await s.Db.Measurements.AsNoTracking().Where(m => m.ReferralId == id).ToListAsync(cancellationToken);
        s.Outbox.Add(new ReferralClosedIntegrationEvent(id, record.PersonId, record.TeamId, closure.Reason.ToString(), s.Now));
        await MessageBack.AnnounceAsync(s, MessageBack.For(record, person, closure, WellbeingChange.SoFar(measurements.Select(m => m.ToDomain())), s.Now), cancellationToken);
        s.Audit.Record(caller, AuditAction.Change, record.PersonId, "referral", id);
        await s.Connections.SaveAsync(staged, cancellationToken);
        http.Response.SetETag(record.Version);
        return TypedResults.Ok(record);
    }

    public static async Task<Ok<ReferralRecord>> AddNoteAsync(
        Guid id, NoteRequest request, ClaimsPrincipal user, HttpContext http, CaseServices s, CancellationToken cancellationToken) =>
        await ChangeAsync(id, user, http, s, "note", record =>
        {
            EnsureOpen(record);
            var text = string.IsNullOrWhiteSpace(request.Text)
                ? throw new DomainException("A note needs some text.", "text")
                : request.Text.Trim();
            record.Notes = [.. record.Notes, new ConversationNote(text, Caller.Of(user).ActorId, s.Now)];
        }, cancellationToken);

    public static async Task<Ok<ReferralRecord>> SetNeedsAsync(
        Guid id, NeedsRequest request, ClaimsPrincipal user, HttpContext http, CaseServices s, ITaxonomyTerms taxonomy, CancellationToken cancellationToken) =>
        await ChangeAsync(id, user, http, s, "needs", async record =>
        {
            EnsureOpen(record);
            request.Validate();
            var terms = await NeedTerms.CheckAsync(taxonomy, request.NeedTermIds ?? [], request.InterestTermIds ?? [], cancellationToken);
            record.NeedTermIds = terms.Needs;
            record.InterestTermIds = terms.Interests;
            record.Availability = [.. request.Availability ?? []];
            record.Travel = request.Travel is { } travel ? travel with { Modes = travel.Modes ?? [] } : null;
            s.Outbox.Add(new ReferralProfileChangedIntegrationEvent(record.Id, record.PersonId, s.Now));
        }, cancellationToken);

    public static async Task<Ok<ReferralRecord>> SetPlanAsync(
        Guid id, PlanRequest request, ClaimsPrincipal user, HttpContext http, CaseServices s, CancellationToken cancellationToken) =>
        await ChangeAsync(id, user, http, s, "plan", record =>
        {
            EnsureOpen(record);
            request.Validate(s.Today);
            var goals = request.Goals!.Select(g => g with { Description = g.Description.Trim(), Actions = g.Actions ?? [] }).ToList();
            record.Plan = new CarePlan(goals, request.ReviewOn!.Value, Caller.Of(user).ActorId, s.Now);
        }, cancellationToken);

    public static async Task<Created<MeasurementRecord>> MeasureAsync(
        Guid id, MeasurementRequest request, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        EnsureOpen(record);
        await EnsureServiceConsentAsync(s, record, cancellationToken);
        var caller = Caller.Of(user);
        var measurement = request.ToMeasurement(record.PersonId, record.Id, caller.ActorId, s.Now);
        var stored = await WellbeingOutcomes.AddAsync(s.Db, s.Outbox, record, measurement, s.Now, cancellationToken);
        s.Audit.Record(caller, AuditAction.Create, record.PersonId, "wellbeing", stored.Id);
        await s.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/referrals/{id}", stored);
    }

    public static async Task<Created<ConnectionRecord>> ConnectAsync(
        Guid id, ConnectionRequest request, ClaimsPrincipal user, CaseServices s, ConnectionProviders providers, CancellationToken cancellationToken)
    {
        var referral = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        EnsureOpen(referral);
        if (!ReferralLifecycle.IsTriaged(referral.Status))
        {
            throw new DomainException("Triage this self-referral for safeguarding before connecting the person to anyone.", "status");
        }
        await EnsureServiceConsentAsync(s, referral, cancellationToken);
        var caller = Caller.Of(user);
        var errors = new FieldErrors();
        errors.Check(Enum.IsDefined(request.TargetKind), "targetKind", "A connection is to an Activity or a Volunteer.");
        errors.Check(request.TargetId != Guid.Empty, "targetId", "Which activity or volunteer is required.");
        errors.ThrowIfAny();
        var party = await providers.PartyOfAsync(request.TargetKind, request.TargetId, request.ProviderId, request.VolunteerName, cancellationToken);
        var connection = Connection.Suggest(
            Guid.CreateVersion7(), id, new ConnectionTarget(request.TargetKind, request.TargetId, party.ProviderId), caller.ActorId, s.Now,
            request.AgreedResponseWorkingDays ?? ResponseWindow.DefaultAgreedWorkingDays);
        var record = ConnectionRecord.From(connection, referral.PersonId, referral.TeamId, party.TargetName);
        s.Db.Connections.Add(record);
        await s.LinkWorkers.AssignAsync(caller, referral, cancellationToken);
        // The matcher leaves out what the person already has: it reads their open referrals again.
        await PeopleApi.ProfileChangedAsync(s, referral.PersonId, cancellationToken);
        s.Audit.Record(caller, AuditAction.Create, referral.PersonId, "connection", record.Id);
        await s.Connections.SaveAsync(request.Request ? [await s.Connections.StageAsync(record, ConnectionStatus.Requested, caller, null, cancellationToken)] : [], cancellationToken);
        return TypedResults.Created($"/api/connections/{record.Id}", record);
    }

    internal static async Task<ReferralView> ViewAsync(CaseServices s, ReferralRecord record, CancellationToken cancellationToken)
    {
        var connections = await s.Db.Connections.AsNoTracking().Where(c => c.ReferralId == record.Id).OrderBy(c => c.SuggestedAt).ToListAsync(cancellationToken);
        var measurements = await s.Db.Measurements.AsNoTracking().Where(m => m.ReferralId == record.Id).OrderBy(m => m.TakenAt).ToListAsync(cancellationToken);
        var suggestions = await s.Db.Suggestions.AsNoTracking().FirstOrDefaultAsync(x => x.ReferralId == record.Id, cancellationToken);
        var named = await s.Db.Audit.AsNoTracking()
            .Where(a => a.PersonId == record.PersonId && a.ActorName != null)
            .OrderBy(a => a.At)
            .Select(a => new { a.ActorId, a.ActorName })
            .ToListAsync(cancellationToken);
        // The latest name each actor had: a renamed colleague shows by their name today.
        var actorNames = named.GroupBy(a => a.ActorId).ToDictionary(g => g.Key, g => g.Last().ActorName!);
        var origin = await s.Db.FhirOrigins.AsNoTracking().FirstOrDefaultAsync(o => o.ReferralId == record.Id, cancellationToken);
        return new ReferralView(record, connections, measurements, WellbeingChange.SoFar(measurements.Select(m => m.ToDomain())), suggestions, actorNames, origin);
    }

    private static void EnsureOpen(ReferralRecord record)
    {
        if (!ReferralLifecycle.IsOpen(record.Status))
        {
            throw new DomainException("The referral is closed; nothing more can be recorded against it.", "status");
        }
    }

    /// <summary>Once the person withdraws consent to the service, their referral can only be closed.</summary>
    private static async Task EnsureServiceConsentAsync(CaseServices s, ReferralRecord record, CancellationToken cancellationToken) =>
        (await s.Caseload.PersonOfAsync(record, cancellationToken)).ToDomain().Consents.EnsureServiceNotWithdrawn();

    /// <summary>Loads the referral on the caller's caseload, applies the change, audits and saves it under If-Match.</summary>
    private static Task<Ok<ReferralRecord>> ChangeAsync(
        Guid id, ClaimsPrincipal user, HttpContext http, CaseServices s, string part, Action<ReferralRecord> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, http, s, part, record =>
        {
            change(record);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>A change that asks another service first (after the caller's access and the ETag are checked).</summary>
    private static async Task<Ok<ReferralRecord>> ChangeAsync(
        Guid id, ClaimsPrincipal user, HttpContext http, CaseServices s, string part, Func<ReferralRecord, Task> change, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        http.Request.EnsureIfMatch(record.Version);
        await EnsureServiceConsentAsync(s, record, cancellationToken);
        await change(record);
        await s.LinkWorkers.AssignAsync(Caller.Of(user), record, cancellationToken);
        s.Audit.Record(Caller.Of(user), AuditAction.Change, record.PersonId, part, id);
        await s.Db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(record.Version);
        return TypedResults.Ok(record);
    }
}
