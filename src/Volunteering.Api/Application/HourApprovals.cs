using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// An organisation deciding on hours logged for it. Only the organisation in the path is looked in,
/// so another organisation's log is simply not found there; a concurrent decision on the same log
/// loses on the row version and gets 409.
/// </summary>
public sealed class HourApprovals(VolunteeringContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    public async Task<HourLog> ApproveAsync(Guid organisationId, Guid logId, Caller caller, CancellationToken cancellationToken)
    {
        var log = await FindAsync(organisationId, logId, cancellationToken);
        Approve(log, caller, time.GetUtcNow());
        await SaveAsync(cancellationToken);
        return log;
    }

    public async Task<HourLog> RejectAsync(Guid organisationId, Guid logId, RejectRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var log = await FindAsync(organisationId, logId, cancellationToken);
        log.Reject(caller.Name, time.GetUtcNow(), request.Reason ?? "");
        await SaveAsync(cancellationToken);
        return log;
    }

    /// <summary>All or nothing: any id that is not a submitted log of the organisation stops the whole batch.</summary>
    public async Task<IReadOnlyList<HourLog>> ApproveManyAsync(Guid organisationId, BulkApproveRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var ids = request.LogIds ?? [];
        var errors = new FieldErrors();
        if (ids.Count == 0) errors.Add("logIds", "At least one log id is required.");
        if (ids.Count > MaxBatch) errors.Add("logIds", $"At most {MaxBatch} logs at once.");
        errors.ThrowIfAny();

        var logs = await db.HourLogs
            .Where(l => ids.Contains(l.Id) && l.Content.OrganisationId == organisationId)
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        var decided = new FieldErrors();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!logs.TryGetValue(ids[i], out var log))
            {
                errors.Add($"logIds[{i}]", $"{ids[i]} is not a log of this organisation.");
            }
            else if (log.Status != HourLogStatus.Submitted)
            {
                decided.Add($"logIds[{i}]", $"{ids[i]} is already {log.Status.ToString().ToLowerInvariant()}.");
            }
        }
        errors.ThrowIfAny();
        if (decided.Any)
        {
            throw new VolunteeringDomainException("Some logs are already decided; nothing was approved. " +
                string.Join(" ", decided.ToDictionary().SelectMany(e => e.Value)));
        }

        var now = time.GetUtcNow();
        var approved = ids.Distinct().Select(id => logs[id]).ToList();
        approved.ForEach(log => Approve(log, caller, now));
        await SaveAsync(cancellationToken);
        return approved;
    }

    public async Task<IReadOnlyList<HourLog>> ListAsync(Guid organisationId, HourLogStatus? status, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        await db.HourLogs.AsNoTracking()
            .Where(l => l.Content.OrganisationId == organisationId
                        && (status == null || l.Status == status)
                        && (from == null || l.Content.Date >= from)
                        && (to == null || l.Content.Date <= to))
            .OrderBy(l => l.Content.Date).ThenBy(l => l.SubmittedAt)
            .Take(MaxList)
            .ToListAsync(cancellationToken);

    public const int MaxBatch = 500;
    public const int MaxList = 1000;

    private void Approve(HourLog log, Caller caller, DateTimeOffset now)
    {
        log.Approve(caller.Name, now);
        outbox.Add(IntegrationEvents.Approved(log));
    }

    private async Task<HourLog> FindAsync(Guid organisationId, Guid logId, CancellationToken cancellationToken) =>
        await db.HourLogs.FirstOrDefaultAsync(l => l.Id == logId && l.Content.OrganisationId == organisationId, cancellationToken)
        ?? throw ProblemException.NotFound($"Organisation {organisationId} has no log {logId}.");

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new VolunteeringDomainException("Someone else decided on the log at the same moment; read it again.");
        }
    }
}
