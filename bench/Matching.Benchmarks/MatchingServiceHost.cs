using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Authorization;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.TestKit.Auth;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>
/// The real matching service (its Program, DI, gRPC stack and Kestrel) on a loopback HTTP/2 port, against a
/// throw-away PostgreSQL database and RabbitMQ node. The other services are absent, so it catches nothing up.
/// </summary>
// Any type of the service's assembly names it to the factory; its Program would clash with this one's.
internal sealed class MatchingServiceHost(string database, string broker) : WebApplicationFactory<MatchingSnapshotHolder>
{
    private static readonly TestTokenIssuer Tokens = new(Audiences.Matching);

    public Uri Address { get; private set; } = null!;

    /// <summary>A link worker of <paramref name="team"/>: the matcher answers only about that team's referrals.</summary>
    public static string LinkWorkerToken(Guid team) => Tokens.Issue(Roles.LinkWorker, [ApiScopes.Matching], teamId: team);

    public void Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The service has no content files; its assembly sits beside this one.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("ConnectionStrings:matching-db", database);
        builder.UseSetting("ConnectionStrings:messaging", broker);
        builder.UseSetting("OTEL_SERVICE_NAME", "matching-bench");
        builder.UseSetting("Logging:LogLevel:Default", "Error");
        // Nothing answers at these; the catch-up keeps retrying quietly in the background.
        builder.UseSetting("Matching:RetryDelay", "00:10:00");
        builder.UseSetting("Identity:Url", TestTokenIssuer.Issuer);
        builder.UseSetting("Identity:Audience", Audiences.Matching);
        builder.ConfigureTestServices(services => Tokens.TrustIn(services));
    }
}
