using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialPrescribing.CommunityDirectory.Tests.Hosting;

/// <summary>What a VCSE group's API client does, over HTTP with its own token.</summary>
public sealed class VcseClient(Guid organisationId, HttpClient http)
{
    public Guid OrganisationId => organisationId;
    public HttpClient Http => http;

    public async Task RegisterAsync(string name)
    {
        using var response = await http.PutAsJsonAsync("/api/organisation", new { name, description = "A test group." }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async Task<Guid> CreateLocationAsync(string postcode = "WV1 1AA")
    {
        using var response = await http.PostAsJsonAsync("/api/locations",
            new { name = "Community hall", addressLine1 = "1 High Street", city = "Wolverhampton", postcode }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response))["id"]!.GetValue<Guid>();
    }

    /// <summary>Creates and publishes an activity; <paramref name="change"/> adjusts the default request first.</summary>
    public async Task<Guid> PublishActivityAsync(Guid locationId, Action<JsonObject>? change = null)
    {
        var request = ActivityRequest(locationId);
        change?.Invoke(request);
        using var created = await http.PostAsJsonAsync("/api/activities", request, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ReadAsync(created))["id"]!.GetValue<Guid>();
        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/activities/{id}/publish");
        publish.Headers.IfMatch.Add(created.Headers.ETag!);
        using var published = await http.SendAsync(publish, Ct);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    /// <summary>Changes one of the group's activities as a client should: with the ETag it has just read in If-Match.</summary>
    public async Task<HttpResponseMessage> ChangeActivityAsync(HttpMethod method, Guid activityId, string action, object? body = null)
    {
        using var read = await http.GetAsync($"/api/activities/{activityId}", Ct);
        using var request = new HttpRequestMessage(method, $"/api/activities/{activityId}/{action}") { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        return await http.SendAsync(request, Ct);
    }

    /// <summary>A complete, valid activity request, as JSON so tests can break one field at a time.</summary>
    public static JsonObject ActivityRequest(Guid? locationId) => new()
    {
        ["name"] = "Tuesday walking group",
        ["description"] = "A gentle hour's walk round the park, then tea.",
        ["needs"] = new JsonArray("loneliness", "physical-activity"),
        ["activityTypes"] = new JsonArray("walking"),
        ["minimumAge"] = 18,
        ["maximumAge"] = 99,
        ["whoItIsFor"] = "Adults who would like company on a walk",
        ["costOptions"] = new JsonArray(),
        ["languages"] = new JsonArray("en"),
        ["accessibilityFeatures"] = new JsonArray("step-free-access"),
        ["referralMode"] = "direct-referral",
        ["capacityBasis"] = "per-session",
        ["totalPlaces"] = 12,
        ["contact"] = new JsonObject { ["name"] = "Sam", ["email"] = "sam@example.org" },
        ["locationIds"] = locationId is null ? new JsonArray() : new JsonArray(locationId.Value.ToString()),
        ["schedules"] = new JsonArray(new JsonObject
        {
            ["frequency"] = "weekly",
            ["byDay"] = new JsonArray("TU"),
            ["validFrom"] = "2026-01-01",
            ["validTo"] = "2027-12-31",
            ["opensAt"] = "10:00",
            ["closesAt"] = "11:30",
        }),
    };

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct)) ?? throw new JsonException("Empty body.");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
