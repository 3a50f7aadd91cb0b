using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class OrukResponseCacheTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_search_repeated_after_a_listing_changes_shows_the_change()
    {
        var group = await app.RegisterOrganisationAsync();
        var location = await group.CreateLocationAsync();
        var first = await group.PublishActivityAsync(location);
        using var anyone = app.CreateClient();
        var query = $"/services?organization_id={group.OrganisationId}";
        Assert.Equal([first], await IdsAsync(anyone, query));

        var second = await group.PublishActivityAsync(location);
        Assert.Equal(new[] { first, second }.Order(), (await IdsAsync(anyone, query)).Order());

        // A change made straight in the database, as the place-hold statement makes them, counts too.
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryContext>();
        await db.Activities.Where(a => a.Id == second).ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, "Renamed in the database"), Ct);
        var page = await VcseClient.ReadAsync(await anyone.GetAsync(query, Ct));
        Assert.Contains(page["contents"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "Renamed in the database");
    }

    [Fact]
    public async Task A_client_holding_the_current_answer_is_told_it_has_not_changed_until_it_has()
    {
        var group = await app.RegisterOrganisationAsync();
        var location = await group.CreateLocationAsync();
        await group.PublishActivityAsync(location);
        using var anyone = app.CreateClient();
        var query = $"/services?organization_id={group.OrganisationId}";
        using var first = await anyone.GetAsync(query, Ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, query);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await anyone.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        await group.PublishActivityAsync(location);
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, query);
        afterChange.Headers.IfNoneMatch.Add(etag);
        using var changed = await anyone.SendAsync(afterChange, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(2, (await VcseClient.ReadAsync(changed))["total_items"]!.GetValue<int>());
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query) =>
        (await VcseClient.ReadAsync(await client.GetAsync(query, Ct)))["contents"]!.AsArray().Select(s => s!["id"]!.GetValue<Guid>()).ToList();
}
