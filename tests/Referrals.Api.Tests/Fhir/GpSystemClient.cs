using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialPrescribing.Referrals.Api.Tests.Fhir;

/// <summary>What a GP clinical system sends and reads under /fhir, with the example bundles in Fhir/Examples.</summary>
public sealed class GpSystemClient(HttpClient http)
{
    public const string FhirJson = "application/fhir+json";

    public HttpClient Http => http;

    /// <summary>An example bundle, as JSON so a test can change it.</summary>
    public static JsonObject Example(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fhir", "Examples", name + ".json")))!.AsObject();

    /// <summary>The bundle's ServiceRequest (its first entry of that type).</summary>
    public static JsonObject ServiceRequestOf(JsonObject bundle) => ResourceOf(bundle, "ServiceRequest");

    public static JsonObject ResourceOf(JsonObject bundle, string type) =>
        bundle["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject()).First(r => r["resourceType"]!.GetValue<string>() == type);

    public Task<HttpResponseMessage> PostAsync(JsonObject bundle) => PostAsync(bundle.ToJsonString(), FhirJson);

    public Task<HttpResponseMessage> PostAsync(string body, string contentType) =>
        http.PostAsync("/fhir", new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)), Ct);

    /// <summary>Posts the bundle and returns the referral's id from the Location the answer gives.</summary>
    public async Task<Guid> SendAsync(JsonObject bundle, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await PostAsync(bundle);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    /// <summary>A FHIR resource the server answered with, after checking the status and media type.</summary>
    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
            Assert.Equal(FhirJson, response.Content.Headers.ContentType?.MediaType);
            return JsonNode.Parse(body)!.AsObject();
        }
    }

    /// <summary>The expressions of an OperationOutcome's issues.</summary>
    public static IReadOnlyList<string> IssueExpressions(JsonObject outcome)
    {
        Assert.Equal("OperationOutcome", outcome["resourceType"]!.GetValue<string>());
        return [.. outcome["issue"]!.AsArray().SelectMany(i => i!["expression"]!.AsArray().Select(e => e!.GetValue<string>()))];
    }

    public async Task<JsonObject> SearchTasksAsync(string query) => await ReadAsync(await http.GetAsync($"/fhir/Task?{query}", Ct));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
