using System.Text.Json.Nodes;
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

    [Fact]
    public async Task Nearest_first_counts_every_match_pages_through_each_once_by_its_nearest_place_and_puts_activities_without_a_place_last()
    {
        var group = await app.RegisterOrganisationAsync();
        var name = $"Paged walk {Guid.NewGuid():N}";
        var wolverhampton = await group.CreateLocationAsync("WV1 1AA");
        var birmingham = await group.CreateLocationAsync("B1 1AA");
        var inWolverhampton = await group.PublishActivityAsync(wolverhampton, a => a["name"] = $"{name} 1");
        var inBirmingham = await group.PublishActivityAsync(birmingham, a => a["name"] = $"{name} 2");
        // Two places: its distance is that of the nearer one (0 m from WV1 1AA), and it is listed once.
        var inBoth = await group.PublishActivityAsync(birmingham, a =>
        {
            a["name"] = $"{name} 3";
            a["locationIds"] = new JsonArray(birmingham.ToString(), wolverhampton.ToString());
        });
        var online = await group.PublishActivityAsync(Guid.Empty, a =>
        {
            a["name"] = $"{name} 4";
            a["locationIds"] = new JsonArray();
        });
        using var linkWorker = app.CreateClient(TestTokens.LinkWorker());
        var query = $"/api/search/activities?q={Uri.EscapeDataString(name)}&postcode=WV1%201AA&sort=distance&perPage=3";

        var first = await VcseClient.ReadAsync(await linkWorker.GetAsync($"{query}&page=1", Ct));
        var second = await VcseClient.ReadAsync(await linkWorker.GetAsync($"{query}&page=2", Ct));
        var within = await VcseClient.ReadAsync(await linkWorker.GetAsync($"{query}&within=5000", Ct));

        // Two at 0 m (ties in id order), then Birmingham about 20 km away, then the activity with no place.
        Guid[] atWolverhampton = [.. new[] { inWolverhampton, inBoth }.Order()];
        Assert.Equal(4, first["totalItems"]!.GetValue<int>());
        Assert.Equal([.. atWolverhampton, inBirmingham], Ids(first));
        Assert.Equal(0, first["items"]![1]!["distanceMetres"]!.GetValue<double>(), precision: 6);
        Assert.Equal(4, second["totalItems"]!.GetValue<int>());
        Assert.Equal([online], Ids(second));
        Assert.Null(second["items"]![0]!["distanceMetres"]);
        Assert.Equal(2, within["totalItems"]!.GetValue<int>());
        Assert.Equal(atWolverhampton, Ids(within));

        // The public ORUK API pages the same search by its own parameters.
        using var anonymous = app.CreateClient();
        var oruk = await VcseClient.ReadAsync(await anonymous.GetAsync(
            $"/services?organization_id={group.OrganisationId}&postcode=WV1%201AA&proximity=30000&per_page=2&page=2", Ct));
        Assert.Equal(3, oruk["total_items"]!.GetValue<int>());
        Assert.Equal([inBirmingham], Ids(oruk, "contents"));
        // One row per activity and place: four, the two in Birmingham on the second page.
        var links = await VcseClient.ReadAsync(await anonymous.GetAsync(
            $"/service_at_locations?organization_id={group.OrganisationId}&postcode=WV1%201AA&proximity=30000&per_page=2&page=2", Ct));
        Assert.Equal(4, links["total_items"]!.GetValue<int>());
        Assert.Equal(new[] { inBirmingham, inBoth }.Order(), links["contents"]!.AsArray().Select(l => l!["service_id"]!.GetValue<Guid>()).Order());
    }

    private static Guid[] Ids(JsonNode page, string items = "items") =>
        [.. page[items]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>())];
}
