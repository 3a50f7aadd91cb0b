using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Connections;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Who answers a connection request, and so sees the person's name and contact details: the
/// organisation that runs the activity, as the directory says, or one the volunteer gives time to,
/// as the volunteering service announced. The caller's providerId is only checked against that, never trusted.
/// </summary>
public sealed class ConnectionProviders(IActivityDirectory directory, ReferralsContext db)
{
    public async Task<Guid> ProviderOfAsync(ConnectionTargetKind kind, Guid targetId, Guid? named, CancellationToken cancellationToken)
    {
        var allowed = kind == ConnectionTargetKind.Activity
            ? await RunningActivityAsync(targetId, cancellationToken)
            : await VolunteerOrganisationsAsync(targetId, cancellationToken);
        if (named is not { } provider || provider == Guid.Empty)
        {
            return allowed.Count == 1
                ? allowed[0]
                : throw new DomainException("The volunteer gives time to more than one organisation: providerId names the one that answers.", "providerId");
        }
        return allowed.Contains(provider)
            ? provider
            : throw new DomainException(kind == ConnectionTargetKind.Activity
                ? "This organisation does not run the activity: the provider is the organisation that runs it (leave providerId out to use it)."
                : "The volunteer does not give time to this organisation.", "providerId");
    }

    private async Task<IReadOnlyList<Guid>> RunningActivityAsync(Guid activityId, CancellationToken cancellationToken) =>
        await directory.OrganisationRunningAsync(activityId, cancellationToken) is { } organisationId
            ? [organisationId]
            : throw new DomainException("The directory has no such activity.", "targetId");

    private async Task<IReadOnlyList<Guid>> VolunteerOrganisationsAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        await db.VolunteerOrganisations.AsNoTracking().Where(v => v.VolunteerId == volunteerId).Select(v => v.OrganisationIds).FirstOrDefaultAsync(cancellationToken)
            is { Count: > 0 } organisations
            ? organisations
            : throw new DomainException("No such volunteer is known here, or they give time to no organisation yet.", "targetId");
}
