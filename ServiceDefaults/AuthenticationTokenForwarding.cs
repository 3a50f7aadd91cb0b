using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Copies the caller's access token onto an outgoing call, so the next service authorises
/// the same person (token forwarding). The token must name the next service in its audience.
/// </summary>
public sealed class AuthenticationTokenForwardingHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && accessor.HttpContext is { } context)
        {
            var token = await context.GetTokenAsync("access_token") ?? BearerTokenOf(context.Request);
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }
        return await base.SendAsync(request, cancellationToken);
    }

    private static string? BearerTokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}

public static class AuthenticationHttpClientBuilderExtensions
{
    /// <summary>Outgoing calls carry the current user's access token (HttpClient or gRPC client).</summary>
    public static IHttpClientBuilder AddAuthTokenForwarding(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<AuthenticationTokenForwardingHandler>();

    /// <summary>Outgoing calls carry this service's own client-credentials token (background work).</summary>
    public static IHttpClientBuilder AddServiceToken(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<AuthenticationServiceTokenHandler>();
}
