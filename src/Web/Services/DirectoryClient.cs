using System.Net;
using System.Text.Json;

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
        FindAsync<DirectoryOrganisation>($"organizations/{organisationId}", cancellationToken);

    /// <summary>Organisations with published activities, by name (the directory's largest page: enough for one place).</summary>
    public Task<List<DirectoryOrganisation>> OrganisationsAsync(CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(ServiceName, async () =>
        {
            using var response = await http.GetAsync("organizations?per_page=200", cancellationToken);
            await ServiceCalls.EnsureAnsweredAsync(ServiceName, response, cancellationToken);
            var page = await response.Content.ReadFromJsonAsync<OrganisationPage>(OrukJson, cancellationToken);
            return page?.Contents.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToList() ?? [];
        });

    private sealed record OrganisationPage(List<DirectoryOrganisation> Contents);

    /// <summary>A published activity, or null when the directory does not list it.</summary>
    public Task<OrukActivity?> ActivityAsync(Guid activityId, CancellationToken cancellationToken) =>
        FindAsync<OrukActivity>($"services/{activityId}", cancellationToken);

    private Task<T?> FindAsync<T>(string path, CancellationToken cancellationToken) where T : class =>
        ServiceCalls.RunAsync(ServiceName, async () =>
        {
            using var response = await http.GetAsync(path, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            await ServiceCalls.EnsureAnsweredAsync(ServiceName, response, cancellationToken);
            return await response.Content.ReadFromJsonAsync<T>(OrukJson, cancellationToken);
        });

    /// <summary>How Open Referral UK spells its fields (snake_case).</summary>
    internal static readonly JsonSerializerOptions OrukJson = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
