using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// The one way an existing volunteer joins another organisation: the organisation invites, the
/// volunteer accepts or declines. Until they accept, the organisation sees nothing of them.
/// </summary>
public sealed class VolunteerInvitations(VolunteeringContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    public const int MaxList = 200;

    /// <summary>The invitation and whether it is new (false when one was already waiting).</summary>
    public async Task<(InvitationResponse Invitation, bool Created)> InviteAsync(
        Guid organisationId, InvitationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        if (request.VolunteerId is not { } volunteerId || volunteerId == Guid.Empty)
        {
            throw new FieldErrorsException(new Dictionary<string, string[]> { ["volunteerId"] = ["The volunteer's id is required."] });
        }
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw ProblemException.NotFound($"Organisation {organisationId} is not registered for volunteering; its manager sets it up with PUT /api/organisations/{organisationId}/settings.");
        var organisations = await db.Volunteers.AsNoTracking().Where(v => v.Id == volunteerId).Select(v => v.OrganisationIds).FirstOrDefaultAsync(cancellationToken)
            ?? throw ProblemException.NotFound($"No volunteer {volunteerId}.");
        if (organisations.Contains(organisationId))
        {
            throw new VolunteeringDomainException("The volunteer already gives time to this organisation.");
        }
        if (await WaitingAsync(organisationId, volunteerId, cancellationToken) is { } waiting)
        {
            return (Response(waiting, organisation.Name), false);
        }
        var invitation = new VolunteerInvitation
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisationId,
            VolunteerId = volunteerId,
            InvitedBy = caller.Name,
            InvitedAt = time.GetUtcNow(),
        };
        db.VolunteerInvitations.Add(invitation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A colleague invited the same volunteer at the same moment: theirs is the one waiting.
            db.ChangeTracker.Clear();
            return (Response((await WaitingAsync(organisationId, volunteerId, cancellationToken))!, organisation.Name), false);
        }
        return (Response(invitation, organisation.Name), true);
    }

    private Task<VolunteerInvitation?> WaitingAsync(Guid organisationId, Guid volunteerId, CancellationToken cancellationToken) =>
        db.VolunteerInvitations.AsNoTracking()
            .FirstOrDefaultAsync(i => i.OrganisationId == organisationId && i.VolunteerId == volunteerId && i.Status == InvitationStatus.Pending, cancellationToken);

    public async Task<IReadOnlyList<InvitationResponse>> ForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await Query(db.VolunteerInvitations.Where(i => i.OrganisationId == organisationId), cancellationToken);

    /// <summary>The volunteer's own invitations, waiting ones first; nobody else's.</summary>
    public async Task<IReadOnlyList<InvitationResponse>> ForVolunteerAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken)
    {
        EnsureTheVolunteer(volunteerId, caller);
        return await Query(db.VolunteerInvitations.Where(i => i.VolunteerId == volunteerId), cancellationToken);
    }

    /// <summary>
    /// The volunteer's answer; accepting links them to the organisation, with its event. The invitation
    /// and volunteer rows are locked, so two answers (or two acceptances at once) cannot both apply.
    /// </summary>
    public async Task<InvitationResponse> AnswerAsync(Guid volunteerId, Guid invitationId, bool accept, Caller caller, CancellationToken cancellationToken)
    {
        EnsureTheVolunteer(volunteerId, caller);
        var invitation = await db.InTransactionAsync(async (transaction, ct) =>
        {
            var invitation = await db.VolunteerInvitations
                .FromSql($"""SELECT * FROM volunteer_invitations WHERE "Id" = {invitationId} AND "VolunteerId" = {volunteerId} FOR UPDATE""")
                .FirstOrDefaultAsync(ct)
                ?? throw ProblemException.NotFound($"No invitation {invitationId} for this volunteer.");
            var now = time.GetUtcNow();
            invitation.Answer(accept, now);
            if (accept)
            {
                var volunteer = await db.Volunteers.FromSql($"""SELECT *, xmin FROM volunteers WHERE "Id" = {volunteerId} FOR UPDATE""").FirstAsync(ct);
                if (!volunteer.VolunteersWith(invitation.OrganisationId))
                {
                    volunteer.OrganisationIds = [.. volunteer.OrganisationIds, invitation.OrganisationId];
                    volunteer.UpdatedAt = now;
                    outbox.Add(IntegrationEvents.Changed(volunteer, now));
                }
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return invitation;
        }, cancellationToken);
        var name = await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        return Response(invitation, name);
    }

    /// <summary>Only the volunteer answers for themselves: not their organisations, not an administrator.</summary>
    private static void EnsureTheVolunteer(Guid volunteerId, Caller caller)
    {
        if (!caller.IsVolunteer(volunteerId))
        {
            throw ProblemException.Forbidden("Invitations are the volunteer's own to see and answer.");
        }
    }

    private async Task<IReadOnlyList<InvitationResponse>> Query(IQueryable<VolunteerInvitation> invitations, CancellationToken cancellationToken) =>
        await invitations.AsNoTracking()
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new { Invitation = i, o.Name })
            .OrderBy(x => x.Invitation.Status).ThenByDescending(x => x.Invitation.InvitedAt)
            .Take(MaxList)
            .Select(x => new InvitationResponse(
                x.Invitation.Id, x.Invitation.OrganisationId, x.Name, x.Invitation.VolunteerId, x.Invitation.Status, x.Invitation.InvitedAt, x.Invitation.AnsweredAt))
            .ToListAsync(cancellationToken);

    private static InvitationResponse Response(VolunteerInvitation i, string organisationName) =>
        new(i.Id, i.OrganisationId, organisationName, i.VolunteerId, i.Status, i.InvitedAt, i.AnsweredAt);
}
