using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>
/// The web, in process on a real Kestrel port (a browser needs one), calling the stand-in services
/// through service discovery exactly as it calls the real ones. The matcher is pointed at a closed
/// port, so the home page shows its "not answering" message.
/// </summary>
public sealed class WebServer(StandInServices services, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = null!;

    public static WebServer Start(StandInServices services, IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new WebServer(services, settings);
        server.UseKestrel(0);
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/') + "/");
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The matcher is down on purpose: its retries are expected, not news.
        builder.UseSetting("Logging:LogLevel:Polly", "None");
        builder.UseSetting("services:volunteering:http:0", services.BaseAddress.ToString());
        builder.UseSetting("services:directory:http:0", services.BaseAddress.ToString());
        builder.UseSetting("services:matching:grpc:0", "http://127.0.0.1:9");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(s =>
        {
            s.AddAuthentication(o => o.DefaultAuthenticateScheme = TestSignIn.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, _ => { });
            // Same retries as in production, without seconds of back-off between them.
            s.ConfigureAll<HttpStandardResilienceOptions>(o => o.Retry.Delay = TimeSpan.FromMilliseconds(10));
        });
    }
}
