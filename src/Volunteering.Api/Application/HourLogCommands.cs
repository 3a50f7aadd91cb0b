using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>The outcome of a submission: a new log, or the one already stored for a resend.</summary>
public sealed record Submission(HourLog Log, bool Created);

/// <summary>
/// Submitting, reading, editing and withdrawing a volunteer's logs. Changes run in a transaction holding
/// the volunteer's row, so two logs sent at once for one person are checked against each other (the
/// 24-hour day) and a resend racing its original finds it; edits and withdrawals honour If-Match
/// (<see cref="RowVersions"/>), so a correction never overwrites a decision made since it was read.
/// </summary>
public sealed class HourLogCommands(VolunteeringContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    public Task<Submission> SubmitAsync(Guid volunteerId, HourLogRequest request, Caller caller, CancellationToken cancellationToken) =>
        db.InTransactionAsync((transaction, ct) => SubmitInTransactionAsync(volunteerId, request, caller, transaction, ct), cancellationToken);

    private async Task<Submission> SubmitInTransactionAsync(Guid volunteerId, HourLogRequest request, Caller caller, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var volunteer = await LockVolunteerAsync(volunteerId, cancellationToken);
        if (!caller.CanLogFor(volunteer, request.OrganisationId))
        {
            throw ProblemException.Forbidden("A volunteer logs their own time; an organisation logs time given to it by its own volunteers.");
        }

        var errors = new FieldErrors();
        var content = ContentOf(volunteerId, request, errors);
        if (request.Id is null || request.Id == Guid.Empty) errors.Add("id", "A client-made id is required, so that a resend is recognised.");
        errors.ThrowIfAny();
        var id = request.Id!.Value;

        if (await db.HourLogs.FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } existing)
        {
            return IsResend(existing, volunteerId, content!)
                ? new Submission(existing, Created: false)
                : throw new VolunteeringDomainException($"Log id {id} is already used for a different log; a new log needs a new id.");
        }

        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == content!.OrganisationId, cancellationToken);
        var now = time.GetUtcNow();
        var sameDay = await LogsOnAsync(volunteerId, content!.Date, cancellationToken);
        CheckAgainstVolunteer(errors, volunteer, organisation, content);
        errors.AddAll(RequestFields(HourLogRules.Validate(content, now, sameDay, id)));
        errors.ThrowIfAny();

        var log = HourLog.Submit(id, content, caller.SourceOfLogs, caller.Name, now, sameDay, organisation!.ApprovalPolicy);
        db.HourLogs.Add(log);
        outbox.Add(IntegrationEvents.Logged(log));
        if (log.Status == HourLogStatus.Approved)
        {
            outbox.Add(IntegrationEvents.Approved(log));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another volunteer's log already has this id (the volunteer row lock covers this volunteer's own resends).
            throw new VolunteeringDomainException($"Log id {id} is already used for a different log; a new log needs a new id.");
        }
        await transaction.CommitAsync(cancellationToken);
        return new Submission(log, Created: true);
    }

    public async Task<Versioned<HourLog>> GetAsync(Guid volunteerId, Guid logId, Caller caller, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken)
            ?? throw ProblemException.NotFound($"No volunteer {volunteerId}.");
        const string SeenBy = "A log is seen by its volunteer and by the organisation the time was given to.";
        if (!caller.CanSee(volunteer))
        {
            throw ProblemException.Forbidden(SeenBy);
        }
        var log = await FindAsync(volunteerId, logId, cancellationToken);
        if (!caller.CanSee(log))
        {
            throw ProblemException.Forbidden(SeenBy);
        }
        return db.Versioned(log);
    }

    public Task<Versioned<HourLog>> EditAsync(Guid volunteerId, Guid logId, HourLogRequest request, IfMatch? ifMatch, Caller caller, CancellationToken cancellationToken) =>
        db.InTransactionAsync((transaction, ct) => EditInTransactionAsync(volunteerId, logId, request, ifMatch, caller, transaction, ct), cancellationToken);

    /// <summary>The volunteer takes back a log that waits for a decision; the organisation is told by event, and the log stays (withdrawn) so a late resend is recognised.</summary>
    public Task<Versioned<HourLog>> WithdrawAsync(Guid volunteerId, Guid logId, IfMatch? ifMatch, Caller caller, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (transaction, ct) =>
        {
            if (!caller.CanWithdrawLogsOf(volunteerId))
            {
                throw ProblemException.Forbidden("Only the volunteer who gave the time may withdraw their log; an organisation rejects it instead.");
            }
            await LockVolunteerAsync(volunteerId, ct);
            var log = await FindAsync(volunteerId, logId, ct);
            db.CheckVersion(log, ifMatch);
            log.Withdraw(caller.Name, time.GetUtcNow());
            outbox.Add(IntegrationEvents.Withdrawn(log));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return db.Versioned(log);
        }, cancellationToken);

    private async Task<Versioned<HourLog>> EditInTransactionAsync(Guid volunteerId, Guid logId, HourLogRequest request, IfMatch? ifMatch, Caller caller, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var volunteer = await LockVolunteerAsync(volunteerId, cancellationToken);
        if (!caller.CanEditLogsOf(volunteer))
        {
            throw ProblemException.Forbidden("Logs are corrected by the volunteer or by an organisation they give time to.");
        }
        var log = await FindAsync(volunteerId, logId, cancellationToken);
        if (!caller.CanEdit(log))
        {
            throw ProblemException.Forbidden("The volunteer may correct a log while it waits for approval; after that only its organisation may.");
        }
        db.CheckVersion(log, ifMatch);

        var errors = new FieldErrors();
        var content = ContentOf(volunteerId, request with { OrganisationId = request.OrganisationId ?? log.Content.OrganisationId }, errors);
        errors.ThrowIfAny();
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == content!.OrganisationId, cancellationToken);
        var now = time.GetUtcNow();
        var sameDay = await LogsOnAsync(volunteerId, content!.Date, cancellationToken);
        CheckAgainstVolunteer(errors, volunteer, organisation, content);
        errors.AddAll(RequestFields(HourLogRules.Validate(content, now, sameDay, logId)));
        errors.ThrowIfAny();

        log.Edit(content, caller.Name, now, sameDay);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return db.Versioned(log);
    }

    private async Task<HourLog> FindAsync(Guid volunteerId, Guid logId, CancellationToken cancellationToken) =>
        await db.HourLogs.FirstOrDefaultAsync(l => l.Id == logId && l.Content.VolunteerId == volunteerId, cancellationToken)
        ?? throw ProblemException.NotFound($"Volunteer {volunteerId} has no log {logId}.");

    /// <summary>The rules speak of a duration; the request sends it as "minutes".</summary>
    private static Dictionary<string, string[]> RequestFields(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key == "duration" ? "minutes" : e.Key, e => e.Value);

    /// <summary>Same volunteer, same content: the phone is resending, so answer with the stored log.</summary>
    private static bool IsResend(HourLog existing, Guid volunteerId, HourLogContent content) =>
        existing.Content.VolunteerId == volunteerId && existing.IsSameSubmission(existing.Id, content);

    private static HourLogContent? ContentOf(Guid volunteerId, HourLogRequest request, FieldErrors errors)
    {
        if (request.OrganisationId is null) errors.Add("organisationId", "The organisation the time was given to is required.");
        if (request.Date is null) errors.Add("date", "The date the time was given is required.");
        if (request.Minutes is null) errors.Add("minutes", "The duration in whole minutes is required.");
        if (request.OrganisationId is null || request.Date is null || request.Minutes is null)
        {
            return null;
        }
        return new HourLogContent(volunteerId, request.OrganisationId.Value, request.ActivityId, request.Role ?? "",
            request.Date.Value, TimeSpan.FromMinutes(request.Minutes.Value), request.Note);
    }

    /// <summary>The organisation must be known and one the volunteer gives time to; the role theirs and its checks in date on the day.</summary>
    private static void CheckAgainstVolunteer(FieldErrors errors, Volunteer volunteer, Organisation? organisation, HourLogContent content)
    {
        if (organisation is null)
        {
            errors.Add("organisationId", $"Unknown organisation {content.OrganisationId}: it is not registered for volunteering.");
        }
        else if (!volunteer.VolunteersWith(organisation.Id))
        {
            errors.Add("organisationId", $"The volunteer does not give time to {organisation.Name}.");
        }
        var role = content.Role.Trim();
        if (role.Length > 0 && VolunteerRoles.WhyBlocked(volunteer, role, content.Date) is { } reason)
        {
            errors.Add("role", reason);
        }
    }

    private async Task<Volunteer> LockVolunteerAsync(Guid volunteerId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM volunteers WHERE \"Id\" = {volunteerId} FOR UPDATE", cancellationToken);
        return await db.Volunteers.FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken)
            ?? throw ProblemException.NotFound($"No volunteer {volunteerId}.");
    }

    private async Task<List<HourLog>> LogsOnAsync(Guid volunteerId, DateOnly date, CancellationToken cancellationToken) =>
        await db.HourLogs.Where(l => l.Content.VolunteerId == volunteerId && l.Content.Date == date).ToListAsync(cancellationToken);
}
