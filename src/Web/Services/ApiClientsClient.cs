namespace SocialPrescribing.Web.Services;

/// <summary>
/// The identity service's VCSE API clients (<c>http://identity/api/organisations/{organisation}/clients</c>),
/// for a VCSE manager's token with scope <c>identity.clients</c>.
/// </summary>
public sealed class ApiClientsClient(HttpClient http)
{
    public const string ServiceName = "identity";

    public async Task<List<ApiClientSummary>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await SendAsync<List<ApiClientSummary>>(HttpMethod.Get, PathOf(organisationId), null, cancellationToken);

    public Task<ApiClientSecret> CreateAsync(Guid organisationId, string displayName, IReadOnlyList<string> scopes, CancellationToken cancellationToken) =>
        SendAsync<ApiClientSecret>(HttpMethod.Post, PathOf(organisationId), new CreateApiClientRequest(displayName, scopes), cancellationToken);

    /// <summary>A new secret; the old one stops working at once.</summary>
    public Task<ApiClientSecret> RotateAsync(Guid organisationId, string clientId, CancellationToken cancellationToken) =>
        SendAsync<ApiClientSecret>(HttpMethod.Post, $"{PathOf(organisationId, clientId)}/rotate", null, cancellationToken);

    public Task RevokeAsync(Guid organisationId, string clientId, CancellationToken cancellationToken) =>
        VersionedServiceCalls.SendAsync(http, ServiceName, HttpMethod.Delete, PathOf(organisationId, clientId), cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        (await VersionedServiceCalls.SendAsync<T>(http, ServiceName, method, path, body, null, cancellationToken)).Value;

    private static string PathOf(Guid organisationId, string? clientId = null) =>
        $"api/organisations/{organisationId}/clients" + (clientId is null ? "" : $"/{Uri.EscapeDataString(clientId)}");
}
