using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.Web.Services;

/// <summary>
/// What the public pages (no sign-in: find support, refer yourself) call. No person's token exists there, so the web
/// calls with its own client-credentials token (<c>Identity:ClientId</c>, <c>Identity:ClientSecret</c>), which the
/// referrals service accepts for self-referrals from this client alone. Each visitor's address is limited per window.
/// </summary>
public static class PublicServices
{
    /// <summary>The key of the directory search made with the web's own token, and of its per-visitor limit.</summary>
    public const string Search = "public-search";

    /// <summary>The key of the per-visitor limit on sending self-referrals.</summary>
    public const string SelfReferral = "self-referral";

    public static void AddPublicServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddTransient<AuthenticationServiceTokenHandler>();
        builder.Services.TryAddSingleton<AuthenticationServiceTokenProvider>();
        builder.Services.AddHttpClient(Search, http => http.BaseAddress = new Uri("http://directory")).AddServiceToken();
        builder.Services.AddKeyedScoped(Search, (services, _) => new DirectorySearchClient(
            services.GetRequiredService<IHttpClientFactory>().CreateClient(Search), services.GetRequiredService<IMemoryCache>()));
        builder.Services.AddHttpClient<SelfReferralsClient>(http => http.BaseAddress = new Uri("http://referrals")).AddServiceToken();
        builder.Services.AddHttpClient<SurveysClient>(http => http.BaseAddress = new Uri("http://referrals")).AddServiceToken();
        builder.Services.AddSingleton<Pages.Survey.SurveyDraft>();

        var limits = builder.Configuration.GetSection("PublicLimits");
        builder.Services.AddKeyedSingleton(Search, (services, _) =>
            new FixedWindowLimits(limits.GetValue("SearchesPerMinute", 60), TimeSpan.FromMinutes(1), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddKeyedSingleton(SelfReferral, (services, _) =>
            new FixedWindowLimits(limits.GetValue("SelfReferralsPerHour", 5), TimeSpan.FromHours(1), services.GetRequiredService<TimeProvider>()));
    }
}
