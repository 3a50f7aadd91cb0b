using Microsoft.AspNetCore.Http;
using SocialPrescribing.CommunityDirectory.Apis.Oruk;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>A full cache keeps caching: a harvester walking every page must not stop people's repeated searches being answered from memory.</summary>
public sealed class OrukResponseCacheEvictionTests : IDisposable
{
    // Room for ten answers of about 10 KB.
    private readonly OrukResponseCache _cache = new(new DirectoryChanges(), TimeProvider.System, maxBytes: 100_000);
    private readonly Dictionary<string, int> _searches = [];

    [Fact]
    public async Task A_search_people_keep_repeating_stays_in_memory_while_a_harvester_fills_the_cache()
    {
        await AskAsync("/services?postcode=B1");
        for (var page = 1; page <= 60; page++)
        {
            await AskAsync($"/services?page={page}");
            if (page % 5 == 0)
            {
                await AskAsync("/services?postcode=B1");
            }
        }

        Assert.Equal(1, _searches["/services?postcode=B1"]);
    }

    [Fact]
    public async Task A_new_search_after_the_cache_filled_is_kept_as_well()
    {
        for (var page = 1; page <= 60; page++)
        {
            await AskAsync($"/services?page={page}");
        }

        // Room is made in the background once the cache is over its size.
        await Eventually.HoldsAsync(
            async () =>
            {
                await AskAsync("/services?postcode=WV1");
                var searched = _searches["/services?postcode=WV1"];
                await AskAsync("/services?postcode=WV1");
                return _searches["/services?postcode=WV1"] == searched;
            },
            "a search asked twice is answered from memory the second time",
            TimeSpan.FromSeconds(5));
    }

    public void Dispose() => _cache.Dispose();

    private async Task AskAsync(string pathAndQuery)
    {
        var question = pathAndQuery.Split('?');
        var http = new DefaultHttpContext();
        http.Request.Path = question[0];
        http.Request.QueryString = new QueryString("?" + question[1]);
        await _cache.ServeAsync(http, () =>
        {
            _searches[pathAndQuery] = _searches.GetValueOrDefault(pathAndQuery) + 1;
            return Task.FromResult<IResult>(TypedResults.Ok(new { contents = new string('x', 10_000) }));
        });
    }
}
