using System.Net;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>Public ORUK queries that once came back as a 500: each is now a 400 naming the parameter.</summary>
public sealed class EdgeInputTests(DirectoryApp app)
{
    [Theory]
    [InlineData("/services?page=1073741825&per_page=2", "page")]
    [InlineData("/organizations?page=1073741825&per_page=200", "page")]
    [InlineData("/organizations?search=a%00b", "search")]
    [InlineData("/services?search=a%00b", "search")]
    public async Task A_hostile_public_query_is_refused_naming_the_parameter(string query, string parameter)
    {
        using var response = await app.CreateClient().GetAsync(query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await VcseClient.ReadAsync(response))["errors"]![parameter]);
    }
}
