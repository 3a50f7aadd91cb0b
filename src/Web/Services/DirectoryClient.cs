using System.Net;
using System.Text.Json;

namespace SocialPrescribing.Web.Services;

/// <summary>The directory's public Open Referral UK read API (<c>http://directory</c>).</summary>
public sealed class DirectoryClient(HttpClient http)
{
    public const string ServiceName = "directory";

    /// <summary>The organisation, or null when the directory does not list it (nothing published).</summary>
    public Task<OrukOrganization?> OrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        FindAsync<OrukOrganization>($"organizations/{organisationId}", cancellationToken);

    /// <summary>Organisations with published activities, by name (the directory's largest page: enough for one place).</summary>
    public Task<List<OrukOrganization>> OrganisationsAsync(CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(ServiceName, async () =>
        {
            using var response = await http.GetAsync("organizations?per_page=200", cancellationToken);
            await ServiceCalls.EnsureAnsweredAsync(ServiceName, response, cancellationToken);
            var page = await response.Content.ReadFromJsonAsync<OrukPage<OrukOrganization>>(OrukJson, cancellationToken);
            return page?.Contents.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToList() ?? [];
        });

    /// <summary>A published activity, or null when the directory does not list it.</summary>
    public Task<OrukService?> ActivityAsync(Guid activityId, CancellationToken cancellationToken) =>
        FindAsync<OrukService>($"services/{activityId}", cancellationToken);

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
