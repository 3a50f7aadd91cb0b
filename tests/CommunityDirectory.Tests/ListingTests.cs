using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class ListingTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_activity_appears_in_ORUK_services_and_in_distance_search()
    {
        var group = await app.RegisterOrganisationAsync();
        var location = await group.CreateLocationAsync("WV1 1AA");
        var activityId = await group.PublishActivityAsync(location, a => a["name"] = $"Canal walk {Guid.NewGuid():N}");

        using var oruk = app.CreateClient();
        var page = await VcseClient.ReadAsync(await oruk.GetAsync($"/services?organization_id={group.OrganisationId}&postcode=WV1%201AA&proximity=2000", Ct));
        Assert.Contains(page["contents"]!.AsArray(), s => s!["id"]!.GetValue<Guid>() == activityId);

        using var linkWorker = app.CreateClient(TestTokens.LinkWorker());
        var search = await VcseClient.ReadAsync(await linkWorker.GetAsync("/api/search/activities?postcode=WV1%202BB&within=3000&perPage=200", Ct));
        var hit = Assert.Single(search["items"]!.AsArray(), i => i!["id"]!.GetValue<Guid>() == activityId)!;
        // WV1 1AA and WV1 2BB share the WV1 district centroid, so the distance is 0 m.
        Assert.Equal(0, hit["distanceMetres"]!.GetValue<double>());
    }

    [Fact]
    public async Task Publishing_sends_the_published_event_through_the_outbox_to_the_broker()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = await group.PublishActivityAsync(await group.CreateLocationAsync());

        await Eventually.HoldsAsync(async () =>
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryContext>();
            var rows = await db.Set<Messaging.Outbox.OutboxMessage>().AsNoTracking()
                .Where(m => m.EventType.Contains("ActivityPublishedIntegrationEvent") && m.PublishedAt != null)
                .Select(m => m.Payload).ToListAsync(Ct);
            return rows.Any(p => p.Contains(activityId.ToString(), StringComparison.Ordinal));
        }, "the ActivityPublished event for the new activity has been published to RabbitMQ");
    }

    [Fact]
    public async Task Another_organisations_client_cannot_read_or_change_the_activity()
    {
        var owner = await app.RegisterOrganisationAsync();
        var activityId = await owner.PublishActivityAsync(await owner.CreateLocationAsync());
        var other = await app.RegisterOrganisationAsync();

        var attempts = new Func<Task<HttpResponseMessage>>[]
        {
            () => other.Http.GetAsync($"/api/activities/{activityId}", Ct),
            () => other.Http.PutAsJsonAsync($"/api/activities/{activityId}", VcseClient.ActivityRequest(null), Ct),
            () => other.Http.PostAsync($"/api/activities/{activityId}/withdraw", null, Ct),
            () => other.Http.PostAsync($"/api/activities/{activityId}/publish", null, Ct),
            () => other.Http.PostAsync($"/api/activities/{activityId}/checked", null, Ct),
            () => other.Http.PutAsJsonAsync($"/api/activities/{activityId}/capacity", new { totalPlaces = 1 }, Ct),
        };
        foreach (var attempt in attempts)
        {
            using var response = await attempt();
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        using var unchanged = await owner.Http.GetAsync($"/api/activities/{activityId}", Ct);
        Assert.Equal("published", (await VcseClient.ReadAsync(unchanged))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_with_a_stale_ETag_is_refused_with_412_and_one_without_If_Match_with_428()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = await group.PublishActivityAsync(await group.CreateLocationAsync());
        using var read = await group.Http.GetAsync($"/api/activities/{activityId}", Ct);
        var etag = read.Headers.ETag!.Tag;

        using var first = Put(activityId, etag, "First editor's name");
        using var firstResponse = await group.Http.SendAsync(first, Ct);
        Assert.True(firstResponse.StatusCode == HttpStatusCode.OK, await firstResponse.Content.ReadAsStringAsync(Ct));
        Assert.NotEqual(etag, firstResponse.Headers.ETag!.Tag);

        using var second = Put(activityId, etag, "Second editor's name");
        using var secondResponse = await group.Http.SendAsync(second, Ct);
        Assert.Equal(HttpStatusCode.PreconditionFailed, secondResponse.StatusCode);
        Assert.Equal("application/problem+json", secondResponse.Content.Headers.ContentType!.MediaType);

        using var blind = Put(activityId, etag: null, "Blind write");
        using var blindResponse = await group.Http.SendAsync(blind, Ct);
        Assert.Equal(HttpStatusCode.PreconditionRequired, blindResponse.StatusCode);

        using var final = await group.Http.GetAsync($"/api/activities/{activityId}", Ct);
        Assert.Equal("First editor's name", (await VcseClient.ReadAsync(final))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_organisation_with_the_same_charity_number_is_refused()
    {
        var charityNumber = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var first = await app.CreateClient(TestTokens.VcseClient(Guid.NewGuid()))
            .PutAsJsonAsync("/api/organisation", new { name = "Original", charityNumber }, Ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var duplicate = await app.CreateClient(TestTokens.VcseClient(Guid.NewGuid()))
            .PutAsJsonAsync("/api/organisation", new { name = "Copy", charityNumber = $" {charityNumber} " }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.NotNull((await VcseClient.ReadAsync(duplicate))["errors"]!["charityNumber"]);
    }

    private static HttpRequestMessage Put(Guid activityId, string? etag, string name)
    {
        var body = VcseClient.ActivityRequest(null);
        body["name"] = name;
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/activities/{activityId}") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        }
        return request;
    }
}
