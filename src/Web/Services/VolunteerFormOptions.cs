using Microsoft.Extensions.Caching.Memory;

namespace SocialPrescribing.Web.Services;

/// <summary>An organisation a volunteer gives time to, with its published activities (empty when the directory could not say).</summary>
public sealed record OrganisationChoice(Guid Id, string Name, IReadOnlyList<OrukService> Activities);

/// <summary>What the log-hours form offers a volunteer: their organisations and roles.</summary>
public sealed record LogHoursChoices(IReadOnlyList<OrganisationChoice> Organisations, IReadOnlyList<string> Roles, bool DirectoryAnswered);

/// <summary>
/// The choices come from the volunteering service (which organisations, which roles) and the
/// directory (names, activities). The last good answer is kept for a while, so that when a service
/// goes down between opening the form and sending it, the form can still be shown again with what
/// the volunteer chose.
/// </summary>
public sealed class VolunteerFormOptions(VolunteeringClient volunteering, DirectoryClient directory, IMemoryCache cache)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(12);

    /// <summary>Fresh choices; throws <see cref="ServiceUnavailableException"/> when the volunteering service is down.</summary>
    public async Task<LogHoursChoices> LoadAsync(Guid volunteerId, CancellationToken cancellationToken)
    {
        var volunteer = await volunteering.GetVolunteerAsync(volunteerId, cancellationToken);
        var directoryAnswered = true;
        var organisations = new List<OrganisationChoice>();
        foreach (var organisationId in volunteer.OrganisationIds)
        {
            OrukOrganization? listed = null;
            if (directoryAnswered)
            {
                try
                {
                    listed = await directory.OrganisationAsync(organisationId, cancellationToken);
                }
                catch (ServiceUnavailableException)
                {
                    directoryAnswered = false;
                }
            }
            organisations.Add(new OrganisationChoice(organisationId, listed?.Name ?? UnnamedOrganisation(organisationId), listed?.Services ?? []));
        }
        var choices = new LogHoursChoices(organisations, volunteer.Roles, directoryAnswered);
        cache.Set(KeyOf(volunteerId), choices, KeptFor);
        return choices;
    }

    /// <summary>The last choices loaded for this volunteer, if any.</summary>
    public LogHoursChoices? LastKnown(Guid volunteerId) => cache.Get<LogHoursChoices>(KeyOf(volunteerId));

    /// <summary>Said plainly, rather than guessing a name: the directory lists only organisations with something published.</summary>
    public static string UnnamedOrganisation(Guid organisationId) => $"Organisation {organisationId.ToString()[..8]} (name not available)";

    private static string KeyOf(Guid volunteerId) => $"log-hours-choices:{volunteerId}";
}
