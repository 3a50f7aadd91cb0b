using System.Net;
using System.Text.Json;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.SystemTests;

/// <summary>What each service says of itself at GET /health (its database and broker checks included).</summary>
internal static class SystemHealth
{
    public static async Task<string?> StatusAsync(SystemFixture system, string service, CancellationToken ct)
    {
        try
        {
            using var http = system.CreateHttpClient(service);
            http.Timeout = TimeSpan.FromSeconds(10);
            using var response = await http.GetAsync("/health", ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            // Anything but Healthy is returned whole: it names the check that failed, which a failed test then shows.
            var healthy = response.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() == "Healthy";
            return healthy ? "Healthy" : $"{(int)response.StatusCode} {body}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e.GetType().Name;
        }
    }

    public static async Task AllHealthyWithinAsync(SystemFixture system, TimeSpan within, string when)
    {
        var ct = TestContext.Current.CancellationToken;
        var deadline = DateTimeOffset.UtcNow + within;
        foreach (var service in SystemFixture.Services)
        {
            var left = deadline - DateTimeOffset.UtcNow;
            await Eventually.HoldsAsync(
                () => StatusAsync(system, service, ct),
                status => status == "Healthy",
                $"{service} reports Healthy {when} (within {within.TotalSeconds:0} s of the outage)",
                left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1));
        }
    }
}
