using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// This service's own access token, for work no person started (event handlers, schedules).
/// Client credentials against <c>{Identity:Url}/connect/token</c> with <c>Identity:ClientId</c>
/// (default: the audience / service name) and <c>Identity:ClientSecret</c>; the token carries
/// role <c>service</c> and every scope the identity service granted the client. Cached until a
/// minute before it expires.
/// </summary>
public sealed class AuthenticationServiceTokenProvider(IHttpClientFactory httpClients, IConfiguration configuration, TimeProvider time)
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } cached && time.GetUtcNow() < cached.RenewAt)
        {
            return cached.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && time.GetUtcNow() < fresh.RenewAt)
            {
                return fresh.Token;
            }
            var response = await RequestAsync(cancellationToken);
            _current = (response.AccessToken, time.GetUtcNow() + TimeSpan.FromSeconds(response.ExpiresIn) - RenewBeforeExpiry);
            return response.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<TokenResponse> RequestAsync(CancellationToken cancellationToken)
    {
        var authority = configuration["Identity:Url"]
            ?? throw new InvalidOperationException("Identity:Url is not configured; a service token cannot be requested.");
        var clientId = configuration["Identity:ClientId"] ?? configuration["Identity:Audience"] ?? configuration["OTEL_SERVICE_NAME"]
            ?? throw new InvalidOperationException("Identity:ClientId is not configured.");
        var secret = configuration["Identity:ClientSecret"]
            ?? throw new InvalidOperationException("Identity:ClientSecret is not configured; a service token cannot be requested.");

        using var http = httpClients.CreateClient(nameof(AuthenticationServiceTokenProvider));
        // Asking again for a token changes nothing, so a cold start's failed attempt is retried.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(authority.TrimEnd('/') + "/"), "connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = secret,
            }),
        }.SafeToRepeat();
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"The identity service refused this service's client credentials ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new HttpRequestException("The identity service returned an empty token response.");
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

public sealed class AuthenticationServiceTokenHandler(AuthenticationServiceTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
