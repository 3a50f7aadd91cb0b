using System.Net;

namespace SocialPrescribing.Web.Services;

/// <summary>What a service answered, with the version (ETag) to send back in If-Match when changing it.</summary>
public sealed record Versioned<T>(T Value, string ETag);

/// <summary>Someone changed the record since the page read it (412): nothing was saved.</summary>
public sealed class StaleEditException() : Exception("The record has changed since it was read.");

/// <summary>The record is not there (any more), or is not the caller's organisation's (404).</summary>
public sealed class RecordNotFoundException() : Exception("The service has no such record.");

/// <summary>
/// Calls with optimistic concurrency: the version read goes out in If-Match, the new one comes back
/// in ETag; a stale version and a missing record are told apart from a service that is down.
/// </summary>
internal static class VersionedServiceCalls
{
    public static Task<Versioned<T>> SendAsync<T>(
        HttpClient http, string service, HttpMethod method, string path, object? body, string? ifMatch, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(service, async () =>
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            if (ifMatch is { Length: > 0 })
            {
                // The If-Match parser, unlike EntityTagHeaderValue's own, takes "*" (any version).
                request.Headers.IfMatch.TryParseAdd(ifMatch);
            }
            using var response = await http.SendAsync(request, cancellationToken);
            await EnsureAnsweredAsync(service, response, cancellationToken);
            var value = (await response.Content.ReadFromJsonAsync<T>(cancellationToken))!;
            return new Versioned<T>(value, response.Headers.ETag?.ToString() ?? "");
        });

    /// <summary>A call answered with no content (204), e.g. a deletion.</summary>
    public static Task SendAsync(HttpClient http, string service, HttpMethod method, string path, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(service, async () =>
        {
            using var response = await http.SendAsync(new HttpRequestMessage(method, path), cancellationToken);
            await EnsureAnsweredAsync(service, response, cancellationToken);
            return true;
        });

    private static Task EnsureAnsweredAsync(string service, HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.StatusCode switch
        {
            HttpStatusCode.PreconditionFailed => throw new StaleEditException(),
            HttpStatusCode.NotFound => throw new RecordNotFoundException(),
            _ => ServiceCalls.EnsureAnsweredAsync(service, response, cancellationToken),
        };
}
