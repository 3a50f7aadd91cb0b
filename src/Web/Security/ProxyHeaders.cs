using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SocialPrescribing.Web.Security;

/// <summary>
/// Behind a proxy that ends TLS, the web sees plain HTTP from the proxy. The proxy's X-Forwarded-Proto and
/// X-Forwarded-For are believed only from the proxies named in configuration (<c>ForwardedHeaders:KnownProxies</c>,
/// IP addresses; <c>ForwardedHeaders:KnownNetworks</c>, CIDR ranges), never from anyone else, loopback included.
/// The request then counts as HTTPS, so the session and antiforgery cookies (secure as the request is) are marked
/// Secure and the sign-in provider is given an https return address.
/// </summary>
internal static class ProxyHeaders
{
    private const string Section = "ForwardedHeaders";

    public static void AddProxyHeaders(this IHostApplicationBuilder builder)
    {
        // Read now, so a mistyped address stops the start instead of failing the first request.
        var section = builder.Configuration.GetSection(Section);
        var proxies = Values(section, "KnownProxies").Select(IPAddress.Parse).ToList();
        var networks = Values(section, "KnownNetworks").Select(System.Net.IPNetwork.Parse).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        // The antiforgery cookie is never Secure by default; the session cookie already follows the request.
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    }

    private static IEnumerable<string> Values(IConfigurationSection section, string key) =>
        section.GetSection(key).GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);
}
