using Microsoft.Extensions.Http.Resilience;

namespace SocialPrescribing.Web.Services;

/// <summary>
/// A person is waiting behind every call the web makes: a service that is down should be reported within about
/// a second, not after the standard handler's three retries with exponential back-off (about 14 s). One quick
/// retry still hides a single dropped connection.
/// </summary>
internal static class PageResilience
{
    public static IServiceCollection AddPageResilience(this IServiceCollection services) =>
        services.ConfigureAll<HttpStandardResilienceOptions>(options =>
        {
            options.Retry.MaxRetryAttempts = 1;
            options.Retry.Delay = TimeSpan.FromMilliseconds(200);
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(12);
        });
}
