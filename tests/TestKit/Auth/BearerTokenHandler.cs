using System.Net.Http.Headers;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>Puts an access token on every request, e.g. under a gRPC channel to an in-process test server.</summary>
public sealed class BearerTokenHandler(string accessToken, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return base.SendAsync(request, cancellationToken);
    }
}
