using System.Net;
using System.Text.Json;

namespace SocialPrescribing.Web.Services;

/// <summary>A service's JSON API: every call turns failures into <see cref="ServiceCalls"/>' three outcomes.</summary>
public abstract class ServiceClient(HttpClient http, string serviceName)
{
    /// <param name="json">How the answer is spelt, when not ASP.NET's web defaults (e.g. Open Referral UK's snake_case).</param>
    protected Task<T> GetAsync<T>(string path, CancellationToken cancellationToken, JsonSerializerOptions? json = null) =>
        GetAsync<T>(path, notFoundIsRecord: false, json, cancellationToken);

    /// <summary>
    /// A record by its id, which a page is about: none (or another team's) is <see cref="RecordNotFoundException"/>, which
    /// the web answers with "Page not found" rather than "the service is not answering".
    /// </summary>
    protected Task<T> GetRecordAsync<T>(string path, CancellationToken cancellationToken) =>
        GetAsync<T>(path, notFoundIsRecord: true, json: null, cancellationToken);

    private Task<T> GetAsync<T>(string path, bool notFoundIsRecord, JsonSerializerOptions? json, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(serviceName, async () =>
        {
            using var response = await http.GetAsync(path, cancellationToken);
            if (notFoundIsRecord && response.StatusCode == HttpStatusCode.NotFound)
            {
                throw new RecordNotFoundException();
            }
            await ServiceCalls.EnsureAnsweredAsync(serviceName, response, cancellationToken);
            return (await response.Content.ReadFromJsonAsync<T>(json ?? JsonSerializerOptions.Web, cancellationToken))!;
        });

    protected Task<T> PostAsync<T>(string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    protected Task<T> PutAsync<T>(string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken);

    protected Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(serviceName, async () =>
        {
            using var response = await http.DeleteAsync(path, cancellationToken);
            await ServiceCalls.EnsureAnsweredAsync(serviceName, response, cancellationToken);
            return true;
        });

    /// <summary>A call with optimistic concurrency: <paramref name="eTag"/> goes out in If-Match, the new version comes back.</summary>
    protected Task<Versioned<T>> SendVersionedAsync<T>(HttpMethod method, string path, object? body, string? eTag, CancellationToken cancellationToken) =>
        VersionedServiceCalls.SendAsync<T>(http, serviceName, method, path, body, eTag, cancellationToken);

    /// <summary>A POST answered with text (e.g. CSV) rather than JSON.</summary>
    protected Task<string> PostForTextAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, content => content.ReadAsStringAsync(cancellationToken), cancellationToken);

    private Task<T> SendAsync<T>(HttpMethod method, string path, object body, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, async content => (await content.ReadFromJsonAsync<T>(cancellationToken))!, cancellationToken);

    private Task<T> SendAsync<T>(HttpMethod method, string path, object body, Func<HttpContent, Task<T>> read, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(serviceName, async () =>
        {
            using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
            using var response = await http.SendAsync(request, cancellationToken);
            await ServiceCalls.EnsureAnsweredAsync(serviceName, response, cancellationToken);
            return await read(response.Content);
        });
}
