namespace SocialPrescribing.Web.Services;

public static class LinkWorkerServices
{
    /// <summary>What the link worker's pages call besides the referrals service: the directory's search and the matcher's suggestions.</summary>
    public static void AddLinkWorkerServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<DirectorySearchClient>(http => http.BaseAddress = new Uri("http://directory"))
            .AddAuthTokenForwarding();
        builder.Services.AddScoped<MatchingSuggestions>();
    }
}
