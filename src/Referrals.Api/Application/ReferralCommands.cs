using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Apis;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Application;

/// <summary>A referral on the caller's caseload, read with what is recorded against it.</summary>
public sealed record ReferralCase(
    ReferralRecord Referral,
    PersonRecord Person,
    IReadOnlyList<ConnectionRecord> Connections,
    IReadOnlyList<MeasurementRecord> Measurements,
    WellbeingChange? WellbeingChange,
    SuggestionsRecord? Suggestions,
    IReadOnlyDictionary<string, string> ActorNames,
    FhirOriginRecord? GpOrigin);

/// <summary>
/// Every change of a referral on the caller's caseload: each goes through the <see cref="Referral"/> domain type under
/// If-Match, is audited, assigns the referral to the link worker acting on it, and stages its events before one save.
/// </summary>
public sealed class ReferralCommands(CaseServices s, PersonCommands people, SurveyInvitations surveys, ITaxonomyTerms taxonomy, ConnectionProviders providers)
{
    public async Task<ReferralCase> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        var read = await CaseAsync(record, cancellationToken);
        await s.Audit.ReadAsync(Caller.Of(user), record.PersonId, "referral", id, cancellationToken);
        return read;
    }

    public Task<ReferralRecord> MoveAsync(ClaimsPrincipal user, Guid id, StatusRequest request, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var status = WireValues.Parse<ReferralStatus>("status", request.Status);
        return ChangeAsync(user, id, ifMatch, "referral", referral =>
        {
            referral.MoveTo(status, Caller.Of(user).ActorId, s.Now, request.Reason!);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<ReferralRecord> TriageAsync(ClaimsPrincipal user, Guid id, TriageRequest request, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var given = WireValues.ParseOptional<TriageOutcome>("outcome", request.Outcome);
        return ChangeAsync(user, id, ifMatch, "referral", referral =>
        {
            var outcome = given ?? throw new DomainException("Say what triage found: safe to proceed, or urgent concern escalated.", "outcome");
            referral.Triage(outcome, Caller.Of(user).ActorId, s.Now, request.Note!);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<ReferralRecord> AddNoteAsync(ClaimsPrincipal user, Guid id, NoteRequest request, IfMatch? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, ifMatch, "note", referral =>
        {
            referral.AddNote(request.Text, Caller.Of(user).ActorId, s.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Records what the conversation found; the matcher reads the referral's profile again.</summary>
    public Task<ReferralRecord> SetNeedsAsync(ClaimsPrincipal user, Guid id, NeedsRequest request, IfMatch? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, ifMatch, "needs", async referral =>
        {
            referral.EnsureOpen();
            var needs = request.ToNeeds();
            var terms = await NeedTerms.CheckAsync(taxonomy, needs.NeedTermIds, needs.InterestTermIds, cancellationToken);
            referral.SetNeeds(needs with { NeedTermIds = terms.Needs, InterestTermIds = terms.Interests });
            s.Outbox.Add(new ReferralProfileChangedIntegrationEvent(referral.Id, referral.PersonId, s.Now));
        }, cancellationToken);

    public Task<ReferralRecord> SetPlanAsync(ClaimsPrincipal user, Guid id, PlanRequest request, IfMatch? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, ifMatch, "plan", referral =>
        {
            referral.AgreePlan(request.ToGoals(), request.ReviewOn, Caller.Of(user).ActorId, s.Now, s.Today);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Closes the referral: open connections finish (attended) or are withdrawn, the person is asked about their
    /// experience when it completed, and the referrer gets the message back.
    /// </summary>
    public async Task<ReferralRecord> CloseAsync(ClaimsPrincipal user, Guid id, CloseRequest request, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var reason = WireValues.Parse<ClosureReason>("closureReason", request.ClosureReason);
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        IfMatch.Ensure(ifMatch, record.Version);
        var caller = Caller.Of(user);
        var referral = record.ToDomain();
        var closure = new ReferralClosure(reason, request.Outcome!, request.Summary!);
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
        return record;
    }

    /// <summary>
    /// How the person wants reminders, as agreed with them: a choice of theirs set whole, so no If-Match, but only on an
    /// open referral and only by a way that can reach them.
    /// </summary>
    public async Task<ReferralRecord> ChooseRemindersAsync(ClaimsPrincipal user, Guid id, ReminderPreferenceRequest request, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        record.ToDomain().EnsureOpen();
        var person = await s.Caseload.PersonOfAsync(record, cancellationToken);
        var preference = WireNames.Parse<ReminderPreference>(request.Preference);
        var problem = preference switch
        {
            null => "Choose email, text message or no reminders.",
            { } chosen when chosen.CanReach(person.Email, person.Mobile) => null,
            ReminderPreference.Email => "Add the person's email address to send reminders by email.",
            _ => "Add the person's mobile number to send reminders by text message.",
        };
        if (problem is not null)
        {
            throw new DomainException(problem, "preference");
        }
        record.Reminders = preference!.Value;
        s.Audit.Record(Caller.Of(user), AuditAction.Change, record.PersonId, "reminders", id);
        await s.Db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<MeasurementRecord> MeasureAsync(ClaimsPrincipal user, Guid id, MeasurementRequest request, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        record.ToDomain().EnsureOpen();
        await EnsureServiceConsentAsync(record, cancellationToken);
        var caller = Caller.Of(user);
        var measurement = request.ToMeasurement(record.PersonId, record.Id, caller.ActorId, s.Now);
        var stored = await WellbeingOutcomes.AddAsync(s.Db, s.Outbox, record, measurement, s.Now, cancellationToken);
        s.Audit.Record(caller, AuditAction.Create, record.PersonId, "wellbeing", stored.Id);
        await s.Db.SaveChangesAsync(cancellationToken);
        return stored;
    }

    /// <summary>Suggests a connection to an activity or volunteer, and sends the request straight away when asked to.</summary>
    public async Task<ConnectionRecord> ConnectAsync(ClaimsPrincipal user, Guid id, ConnectionRequest request, CancellationToken cancellationToken)
    {
        var referral = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        referral.ToDomain().EnsureOpen();
        if (!ReferralLifecycle.IsTriaged(referral.Status))
        {
            throw new DomainException("Triage this self-referral for safeguarding before connecting the person to anyone.", "status");
        }
        await EnsureServiceConsentAsync(referral, cancellationToken);
        var caller = Caller.Of(user);
        var errors = new FieldErrors();
        var kind = errors.Required<ConnectionTargetKind>("targetKind", request.TargetKind);
        errors.Check(request.TargetId != Guid.Empty, "targetId", "Which activity or volunteer is required.");
        errors.ThrowIfAny();
        var party = await providers.PartyOfAsync(kind, request.TargetId, request.ProviderId, request.VolunteerName, cancellationToken);
        var connection = Connection.Suggest(
            Guid.CreateVersion7(), id, new ConnectionTarget(kind, request.TargetId, party.ProviderId), caller.ActorId, s.Now,
            request.AgreedResponseWorkingDays ?? ResponseWindow.DefaultAgreedWorkingDays);
        var record = ConnectionRecord.From(connection, referral.PersonId, referral.TeamId, party.TargetName);
        s.Db.Connections.Add(record);
        await s.LinkWorkers.AssignAsync(caller, referral, cancellationToken);
        // The matcher leaves out what the person already has: it reads their open referrals again.
        await people.ProfileChangedAsync(referral.PersonId, cancellationToken);
        s.Audit.Record(caller, AuditAction.Create, referral.PersonId, "connection", record.Id);
        await s.Connections.SaveAsync(request.Request ? [await s.Connections.StageAsync(record, ConnectionStatus.Requested, caller, null, cancellationToken)] : [], cancellationToken);
        return record;
    }

    private async Task<ReferralCase> CaseAsync(ReferralRecord record, CancellationToken cancellationToken)
    {
        var person = await s.Caseload.PersonOfAsync(record, cancellationToken);
        var connections = await s.Db.Connections.AsNoTracking().Where(c => c.ReferralId == record.Id).OrderBy(c => c.SuggestedAt).ToListAsync(cancellationToken);
        var measurements = await s.Db.Measurements.AsNoTracking().Where(m => m.ReferralId == record.Id).OrderBy(m => m.TakenAt).ToListAsync(cancellationToken);
        var suggestions = await s.Db.Suggestions.AsNoTracking().FirstOrDefaultAsync(x => x.ReferralId == record.Id, cancellationToken);
        // The latest name each actor had: a renamed colleague shows by their name today. One row per actor, however
        // often the person's record has been read.
        var actorNames = await s.Db.Audit.AsNoTracking()
            .Where(a => a.PersonId == record.PersonId && a.ActorName != null)
            .GroupBy(a => a.ActorId)
            .Select(g => new { ActorId = g.Key, g.OrderByDescending(a => a.At).First().ActorName })
            .ToDictionaryAsync(a => a.ActorId, a => a.ActorName!, cancellationToken);
        var origin = await s.Db.FhirOrigins.AsNoTracking().FirstOrDefaultAsync(o => o.ReferralId == record.Id, cancellationToken);
        return new ReferralCase(record, person, connections, measurements, WellbeingChange.SoFar(measurements.Select(m => m.ToDomain())), suggestions, actorNames, origin);
    }

    /// <summary>Once the person withdraws consent to the service, their referral can only be closed.</summary>
    private async Task EnsureServiceConsentAsync(ReferralRecord record, CancellationToken cancellationToken) =>
        (await s.Caseload.PersonOfAsync(record, cancellationToken)).ToDomain().Consents.EnsureServiceNotWithdrawn();

    /// <summary>
    /// Loads the referral on the caller's caseload, checks If-Match and the person's consent, applies the change to the
    /// domain referral (which may ask another service first), and saves it with its audit entry.
    /// </summary>
    private async Task<ReferralRecord> ChangeAsync(
        ClaimsPrincipal user, Guid id, IfMatch? ifMatch, string part, Func<Referral, Task> change, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        IfMatch.Ensure(ifMatch, record.Version);
        await EnsureServiceConsentAsync(record, cancellationToken);
        var referral = record.ToDomain();
        await change(referral);
        record.Apply(referral);
        var caller = Caller.Of(user);
        await s.LinkWorkers.AssignAsync(caller, record, cancellationToken);
        s.Audit.Record(caller, AuditAction.Change, record.PersonId, part, id);
        await s.Db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
