using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Connections;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Who answers a connection request, and so sees the person's name and contact details: the
/// organisation that runs the activity, as the directory says, or one the volunteer gives time to,
/// as the volunteering service announced. The caller's providerId is only checked against that, never trusted.
/// The connection is named once, here, for every page that shows it: an activity by the directory's name for it; a
/// volunteer (whose name stays in the volunteering service) by the name the link worker chose them under.
/// </summary>
public sealed class ConnectionProviders(IActivityDirectory directory, ReferralsContext db)
{
    public async Task<ConnectionParty> PartyOfAsync(ConnectionTargetKind kind, Guid targetId, Guid? named, string? volunteerName, CancellationToken cancellationToken)
    {
        if (kind == ConnectionTargetKind.Activity)
        {
            var activity = await directory.ActivityAsync(targetId, cancellationToken)
                ?? throw new DomainException("The directory has no such activity.", "targetId");
            return new ConnectionParty(Choose(kind, [activity.OrganisationId], named), activity.Name);
        }
        var organisations = await VolunteerOrganisationsAsync(targetId, cancellationToken);
        return new ConnectionParty(Choose(kind, organisations, named), string.IsNullOrWhiteSpace(volunteerName) ? null : volunteerName.Trim());
    }

    private static Guid Choose(ConnectionTargetKind kind, IReadOnlyList<Guid> allowed, Guid? named)
    {
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

    private async Task<IReadOnlyList<Guid>> VolunteerOrganisationsAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        await db.VolunteerOrganisations.AsNoTracking().Where(v => v.VolunteerId == volunteerId).Select(v => v.OrganisationIds).FirstOrDefaultAsync(cancellationToken)
            is { Count: > 0 } organisations
            ? organisations
            : throw new DomainException("No such volunteer is known here, or they give time to no organisation yet.", "targetId");
}

/// <summary>Who answers a connection request, and what the connection is called wherever it is shown.</summary>
public sealed record ConnectionParty(Guid ProviderId, string? TargetName);
