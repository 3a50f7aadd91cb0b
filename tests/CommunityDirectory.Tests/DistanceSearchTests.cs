using SocialPrescribing.CommunityDirectory.Tests.Hosting;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class DistanceSearchTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_postcode_without_a_distance_finds_activities_at_any_distance_nearest_first()
    {
        var group = await app.RegisterOrganisationAsync();
        var name = $"Distance walk {Guid.NewGuid():N}";
        // Wolverhampton (WV1) to Birmingham (B1) is about 20 km: beyond any default radius a search might assume.
        var near = await group.PublishActivityAsync(await group.CreateLocationAsync("WV1 1AA"), a => a["name"] = $"{name} near");
        var far = await group.PublishActivityAsync(await group.CreateLocationAsync("B1 1AA"), a => a["name"] = $"{name} far");

        using var linkWorker = app.CreateClient(TestTokens.LinkWorker());
        var query = $"/api/search/activities?q={Uri.EscapeDataString(name)}&postcode=WV1%201AA&sort=distance&perPage=50";
        var anyDistance = await VcseClient.ReadAsync(await linkWorker.GetAsync(query, Ct));
        var within5Km = await VcseClient.ReadAsync(await linkWorker.GetAsync($"{query}&within=5000", Ct));

        Assert.Equal([near, far], anyDistance["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()));
        Assert.True(anyDistance["items"]![1]!["distanceMetres"]!.GetValue<double>() > 15_000);
        Assert.Equal([near], within5Km["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()));
    }
}
