namespace SocialPrescribing.Web.Services;

/// <summary>A service's JSON API: every call turns failures into <see cref="ServiceCalls"/>' three outcomes.</summary>
public abstract class ServiceClient(HttpClient http, string serviceName)
{
    protected Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(serviceName, async () =>
        {
            using var response = await http.GetAsync(path, cancellationToken);
            await ServiceCalls.EnsureAnsweredAsync(serviceName, response, cancellationToken);
            return (await response.Content.ReadFromJsonAsync<T>(cancellationToken))!;
        });

    protected Task<T> PostAsync<T>(string path, object body, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(serviceName, async () =>
        {
            using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
            await ServiceCalls.EnsureAnsweredAsync(serviceName, response, cancellationToken);
            return (await response.Content.ReadFromJsonAsync<T>(cancellationToken))!;
        });

    /// <summary>A POST answered with text (e.g. CSV) rather than JSON.</summary>
    protected Task<string> PostForTextAsync(string path, object body, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync(serviceName, async () =>
        {
            using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
            await ServiceCalls.EnsureAnsweredAsync(serviceName, response, cancellationToken);
            return await response.Content.ReadAsStringAsync(cancellationToken);
        });
}
