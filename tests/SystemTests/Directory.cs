using System.Net.Http.Json;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.SystemTests;

/// <summary>What a VCSE group does through the directory's REST API, for tests that need an activity.</summary>
internal static class Directory
{
    public static async Task<Guid> PublishActivityAsync(SystemFixture system, string name, CancellationToken ct)
    {
        using var http = system.CreateHttpClient("directory");
        using var created = await http.PostAsJsonAsync("/api/activities", new { organisationId = Guid.NewGuid(), name, description = "Test activity" }, ct);
        created.EnsureSuccessStatusCode();
        var activity = await created.Content.ReadFromJsonAsync<ActivityBody>(ct) ?? throw new InvalidOperationException("No activity in the response.");
        using var published = await http.PostAsync($"/api/activities/{activity.Id}/publish", null, ct);
        published.EnsureSuccessStatusCode();
        return activity.Id;
    }

    private sealed record ActivityBody(Guid Id);
}
