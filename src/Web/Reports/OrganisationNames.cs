using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports;

/// <summary>An organisation's name from the directory; a report still shows when the directory is down.</summary>
public static class OrganisationNames
{
    public static async Task<string> NameAsync(DirectoryClient directory, Guid organisationId, CancellationToken cancellationToken)
    {
        try
        {
            return (await directory.OrganisationAsync(organisationId, cancellationToken))?.Name
                ?? VolunteerFormOptions.UnnamedOrganisation(organisationId);
        }
        catch (ServiceUnavailableException)
        {
            return VolunteerFormOptions.UnnamedOrganisation(organisationId);
        }
    }
}
