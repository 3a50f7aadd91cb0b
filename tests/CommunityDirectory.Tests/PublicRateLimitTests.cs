using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class PublicRateLimitTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_over_its_public_permits_is_told_to_wait_and_for_how_long()
    {
        await using var limited = app.Factory.WithWebHostBuilder(web => web.UseSetting("RateLimiting:PublicReadPermitsPerMinute", "3"));
        using var client = limited.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync("/taxonomies", Ct);
            answers.Add(response.StatusCode);
        }
        using var refused = await client.GetAsync("/services", Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Equal("Too many requests", problem!.Title);
    }
}
