using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Grpc.Net.Client;
using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.TestKit.Auth;
using Xunit;

namespace SocialPrescribing.TestKit.Hosting;

/// <summary>
/// The whole system — PostgreSQL, RabbitMQ and every service as a real process — started once per test
/// assembly from the AppHost's own model through Aspire.Hosting.Testing, with the demo data. Data lives in a
/// temporary folder removed at the end.
/// </summary>
public class SystemFixture : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Services = ["identity", "directory", "referrals", "volunteering", "matching", "web"];

    private AspireApp? _app;

    public AspireApp App => _app ?? throw new InvalidOperationException("The system has not started.");

    /// <summary>Replicas per service, for tests of scaling out (one each by default).</summary>
    protected virtual IReadOnlyDictionary<string, int> ReplicasOf => new Dictionary<string, int>();

    public async ValueTask InitializeAsync()
    {
        _app = await AspireApp.StartAsync(
            new Dictionary<string, string> { [HostSettings.SeedsKey] = "true" },
            ["postgres", "messaging", .. Services],
            builder =>
            {
                // Look for unanswered connection requests every few seconds rather than every 15 minutes.
                Project(builder, "referrals").WithEnvironment("Connections__ExpiryCheckInterval", "00:00:02");
                // Every test signs in from 127.0.0.1, many times a minute: lift the sign-in limits (tested in Identity.Tests).
                Project(builder, "identity").WithEnvironment("Identity__SignInLimits__Enabled", "false");
                foreach (var (service, replicas) in ReplicasOf)
                {
                    Project(builder, service).WithReplicas(replicas);
                }
            },
            TestContext.Current.CancellationToken);
    }

    /// <summary>An HttpClient for a service's HTTP/1.1 endpoint (REST, health, pages).</summary>
    public HttpClient CreateHttpClient(string resource, HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler(), disposeHandler: true) { BaseAddress = App.GetEndpoint(resource) };

    /// <summary>A channel to a service's HTTP/2 gRPC endpoint.</summary>
    public GrpcChannel CreateGrpcChannel(string resource) => GrpcChannel.ForAddress(App.GetEndpoint(resource, ServiceProjects.GrpcEndpoint));

    /// <summary>The password of the seeded development staff users.</summary>
    public string DevelopmentPassword => App.Secret("development-password");

    /// <summary>Gets real tokens from the running identity service, as the web client does (code + PKCE).</summary>
    public TokenClient CreateTokenClient() =>
        new(App.GetEndpoint("identity"), "web", new Uri(App.GetEndpoint("web"), "/signin-oidc").ToString());

    /// <summary>The tail of every resource's output, for a failure message.</summary>
    public Task<string> RecentLogsAsync(int linesPerResource = 40) => App.RecentLogsAsync(linesPerResource);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    private static IResourceBuilder<ProjectResource> Project(IDistributedApplicationBuilder builder, string name) =>
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(p => p.Name == name));
}
