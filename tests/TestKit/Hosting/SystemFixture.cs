using Grpc.Net.Client;
using SocialPrescribing.AppHost;
using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.TestKit.Auth;
using Xunit;

namespace SocialPrescribing.TestKit.Hosting;

/// <summary>
/// The whole system — PostgreSQL, RabbitMQ and every service as a real process — started once
/// per test assembly from the same declaration `dotnet run --project AppHost` uses, like
/// Aspire's testing builder. Data lives in a temporary folder removed at the end.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The system has not started.");

    public async ValueTask InitializeAsync()
    {
        // With the demo data, so the seeded development users of every role can sign in.
        var builder = DistributedApplicationBuilder.Create(new AppHostOptions
        {
            Ephemeral = true,
            LoadSeeds = true,
            // Other test assemblies start their own databases and brokers alongside on shared cores.
            HealthTimeout = TimeSpan.FromMinutes(3),
        });
        var resources = SocialPrescribingModel.Configure(builder);
        // Look for unanswered connection requests every few seconds rather than every 15 minutes.
        resources.Referrals.WithEnvironment("Connections__ExpiryCheckInterval", "00:00:02");
        _app = builder.Build();
        try
        {
            await _app.StartAsync(TestContext.Current.CancellationToken);
        }
        catch (AppHostException e)
        {
            var logs = RecentLogs();
            await _app.DisposeAsync();
            _app = null;
            throw new InvalidOperationException($"{e.Message}\n{logs}", e);
        }
    }

    /// <summary>An HttpClient for a service's HTTP/1.1 endpoint (REST, health, pages).</summary>
    public HttpClient CreateHttpClient(string resource, HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler(), disposeHandler: true) { BaseAddress = App.GetEndpoint(resource) };

    /// <summary>A channel to a service's HTTP/2 gRPC endpoint.</summary>
    public GrpcChannel CreateGrpcChannel(string resource) => GrpcChannel.ForAddress(App.GetEndpoint(resource, "grpc"));

    /// <summary>The password of the seeded development staff users.</summary>
    public string DevelopmentPassword => StoredSecrets.DevelopmentPassword(App);

    /// <summary>Gets real tokens from the running identity service, as the web client does (code + PKCE).</summary>
    public TokenClient CreateTokenClient() =>
        new(App.GetEndpoint("identity"), "web", new Uri(App.GetEndpoint("web"), "/signin-oidc").ToString());

    /// <summary>The tail of every resource's output, for a failure message.</summary>
    public string RecentLogs(int linesPerResource = 40) =>
        string.Join("\n", App.ResourceNames.Select(name =>
            $"--- {name} ({App.GetState(name)}) ---\n" + string.Join("\n", App.GetLogs(name).TakeLast(linesPerResource))));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
