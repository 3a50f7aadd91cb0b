using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.SystemTests;

/// <summary>
/// A seeded VCSE group as it integrates for real: its manager signs in to the identity service,
/// creates an API client, and the client lists activities in the directory with its own token.
/// </summary>
internal sealed class VcseGroup(HttpClient directory, Guid organisationId) : IDisposable
{
    private const string ManagerUserName = "vcse.marcia.henry";

    public static async Task<VcseGroup> ConnectAsync(SystemFixture system, CancellationToken ct)
    {
        var manager = SeedCatalog.LoadBuiltIn().Users.Single(u => u.UserName == ManagerUserName);
        var organisationId = SeedIds.ToGuid(manager.OrganisationId!);
        using var tokens = system.CreateTokenClient();
        var managerToken = await tokens.GetAccessTokenAsync(
            new TestAccount("vcse-manager", manager.UserName, system.DevelopmentPassword), ["identity.clients"], ct);

        using var identity = system.CreateHttpClient("identity");
        identity.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", managerToken);
        using var created = await identity.PostAsJsonAsync($"/api/organisations/{organisationId}/clients",
            new { displayName = "System test listings", scopes = new[] { "directory.read", "directory.write" } }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = await created.Content.ReadFromJsonAsync<JsonObject>(ct) ?? throw new InvalidOperationException("No client in the response.");

        var clientToken = await tokens.ClientCredentialsAsync(
            client["clientId"]!.GetValue<string>(), client["clientSecret"]!.GetValue<string>(), ["directory.write"], ct);
        var http = system.CreateHttpClient("directory");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", clientToken.AccessToken);
        return new VcseGroup(http, organisationId);
    }

    /// <summary>The seeded organisation the group's manager belongs to; connection requests to its activities name it as provider.</summary>
    public Guid OrganisationId => organisationId;

    public async Task<Guid> PublishActivityAsync(string name, CancellationToken ct, string[]? needs = null, string[]? activityTypes = null)
    {
        using var place = await directory.PostAsJsonAsync("/api/locations",
            new { name = "Community hall", addressLine1 = "1 High Street", city = "Wolverhampton", postcode = "WV1 1AA" }, ct);
        Assert.Equal(HttpStatusCode.Created, place.StatusCode);
        var locationId = (await place.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<Guid>();

        using var created = await directory.PostAsJsonAsync("/api/activities", new
        {
            name,
            description = "A gentle hour's walk round the park, then tea.",
            needs = needs ?? ["loneliness"],
            activityTypes = activityTypes ?? ["walking"],
            minimumAge = 18,
            maximumAge = 99,
            whoItIsFor = "Adults who would like company on a walk",
            costOptions = Array.Empty<object>(),
            languages = new[] { "en" },
            accessibilityFeatures = new[] { "step-free-access" },
            referralMode = "direct-referral",
            capacityBasis = "per-session",
            totalPlaces = 12,
            contact = new { name = "Marcia", email = "marcia@example.org" },
            locationIds = new[] { locationId },
            schedules = new[] { new { frequency = "weekly", byDay = new[] { "TU" }, validFrom = "2026-01-01", validTo = "2027-12-31", opensAt = "10:00", closesAt = "11:30" } },
        }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<Guid>();

        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/activities/{id}/publish");
        publish.Headers.IfMatch.Add(created.Headers.ETag!);
        using var published = await directory.SendAsync(publish, ct);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    /// <summary>The places left, as the directory's public Open Referral UK API shows them.</summary>
    public async Task<int?> FreePlacesAsync(Guid activityId, CancellationToken ct)
    {
        var service = await directory.GetFromJsonAsync<JsonObject>($"/services/{activityId}", ct);
        return service!["free_places"]?.GetValue<int>();
    }

    public void Dispose() => directory.Dispose();
}
