using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Caching.Memory;

namespace SocialPrescribing.Web.Services;

/// <summary>What a link worker searches the directory for; every part is optional.</summary>
public sealed record ActivitySearch(
    string? Text = null,
    IReadOnlyList<string>? Needs = null,
    string? Postcode = null,
    double? WithinKm = null,
    string? Day = null,
    bool FreeOnly = false,
    IReadOnlyList<string>? Accessibility = null,
    string? Language = null,
    int Page = 1);

/// <summary>
/// The directory's link-worker search (<c>/api/search/activities</c>, with the link worker's token)
/// and its Open Referral UK taxonomy terms (public, kept for a while: they change rarely).
/// </summary>
public sealed class DirectorySearchClient(HttpClient http, IMemoryCache cache) : ServiceClient(http, DirectoryClient.ServiceName)
{
    public const int PerPage = 20;

    public Task<ActivitySearchResponse> SearchAsync(ActivitySearch search, CancellationToken cancellationToken, int perPage = PerPage)
    {
        var query = new List<KeyValuePair<string, string?>>
        {
            new("q", search.Text),
            new("postcode", search.Postcode),
            new("within", search.WithinKm is { } km ? (km * 1000).ToString("0", System.Globalization.CultureInfo.InvariantCulture) : null),
            new("day", search.Day),
            new("free", search.FreeOnly ? "true" : null),
            new("language", search.Language),
            new("page", search.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("perPage", perPage.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        query.AddRange((search.Needs ?? []).Select(n => new KeyValuePair<string, string?>("needs", n)));
        query.AddRange((search.Accessibility ?? []).Select(a => new KeyValuePair<string, string?>("accessibility", a)));
        return GetAsync<ActivitySearchResponse>(QueryHelpers.AddQueryString("api/search/activities", query.Where(q => !string.IsNullOrWhiteSpace(q.Value))), cancellationToken);
    }

    /// <summary>Every term, by taxonomy ("Needs", "Activity types").</summary>
    public async Task<IReadOnlyList<OrukTaxonomyTerm>> TaxonomyTermsAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue<IReadOnlyList<OrukTaxonomyTerm>>(nameof(TaxonomyTermsAsync), out var cached) && cached is not null)
        {
            return cached;
        }
        var page = await GetAsync<OrukPage<OrukTaxonomyTerm>>("taxonomy_terms?per_page=200", cancellationToken, DirectoryClient.OrukJson);
        IReadOnlyList<OrukTaxonomyTerm> terms = page?.Contents ?? [];
        cache.Set(nameof(TaxonomyTermsAsync), terms, TimeSpan.FromMinutes(10));
        return terms;
    }
}
