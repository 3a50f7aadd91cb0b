using System.Net;

namespace SocialPrescribing.Web.Services;

/// <summary>An organisation and its published activities, as the directory's Open Referral UK API lists them.</summary>
public sealed record DirectoryOrganisation(Guid Id, string Name, List<DirectoryActivity>? Services)
{
    public IReadOnlyList<DirectoryActivity> Activities => Services ?? [];
}

public sealed record DirectoryActivity(Guid Id, string Name);

/// <summary>The directory's public Open Referral UK read API (<c>http://directory</c>).</summary>
public sealed class DirectoryClient(HttpClient http)
{
    public const string ServiceName = "directory";

    /// <summary>The organisation, or null when the directory does not list it (nothing published).</summary>
    public Task<DirectoryOrganisation?> OrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(ServiceName, async () =>
        {
            using var response = await http.GetAsync($"organizations/{organisationId}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            await ServiceCalls.EnsureAnsweredAsync(ServiceName, response, cancellationToken);
            return await response.Content.ReadFromJsonAsync<DirectoryOrganisation>(cancellationToken);
        });
}
