using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <param name="AutoApproveUpToMinutes">Logs up to this long are approved on arrival; null approves every log by hand.</param>
public sealed record OrganisationSettingsRequest(string? Name, int? AutoApproveUpToMinutes);

/// <summary>
/// An organisation registering for volunteering and choosing how it approves hours. Turning
/// auto-approval on also approves the waiting logs it covers, in the same transaction.
/// </summary>
public sealed class OrganisationSettings(VolunteeringContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    public async Task<Versioned<Organisation>> GetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Versioned(await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw ProblemException.NotFound($"Organisation {organisationId} is not registered for volunteering."));

    /// <summary>Registers the organisation the first time (no version to name yet); after that only the version read, named in If-Match.</summary>
    public async Task<Versioned<Organisation>> SetAsync(Guid organisationId, OrganisationSettingsRequest request, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.RequireText("name", request.Name, "The organisation's name is required.");
        if (request.Name?.Trim().Length > VolunteerRules.MaxNameLength) errors.Add("name", $"Must be at most {VolunteerRules.MaxNameLength} characters.");
        if (request.AutoApproveUpToMinutes is < 1 or > 24 * 60)
        {
            errors.Add("autoApproveUpToMinutes", "Must be from 1 to 1440 minutes, or null to approve every log by hand.");
        }
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            organisation = new Organisation { Id = organisationId, Name = "" };
            db.Organisations.Add(organisation);
        }
        else
        {
            db.CheckVersion(organisation, ifMatch);
        }
        organisation.Name = request.Name!.Trim();
        organisation.AutoApproveUpToMinutes = request.AutoApproveUpToMinutes;
        organisation.UpdatedAt = now;

        if (organisation.AutoApproveUpToMinutes is not null)
        {
            var waiting = await db.HourLogs
                .Where(l => l.Content.OrganisationId == organisationId && l.Status == HourLogStatus.Submitted)
                .ToListAsync(cancellationToken);
            foreach (var log in waiting.Where(l => l.AutoApprove(organisation.ApprovalPolicy, now)))
            {
                outbox.Add(IntegrationEvents.Approved(log));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return db.Versioned(organisation);
    }
}
