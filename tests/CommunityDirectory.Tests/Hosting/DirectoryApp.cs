using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.Client;
using SocialPrescribing.CommunityDirectory.Seeding;
using SocialPrescribing.TestKit.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.CommunityDirectory.Tests.Hosting;

/// <summary>
/// The directory service in-process (WebApplicationFactory over its real Program), against a real
/// PostgreSQL database and RabbitMQ node started through the AppHost's API, with the demo seeds
/// loaded through the service's own seeder. One per test assembly; tests keep apart by each
/// registering their own organisation.
/// </summary>
public sealed class DirectoryApp : IAsyncLifetime
{
    private readonly InfrastructureFixture _infrastructure = new();
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The directory has not started.");

    public string DatabaseConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        DatabaseConnectionString = await _infrastructure.CreateDatabaseAsync("directory", TestContext.Current.CancellationToken);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:directory-db", DatabaseConnectionString);
            web.UseSetting("ConnectionStrings:messaging", _infrastructure.BrokerConnectionString);
            web.UseSetting("OTEL_SERVICE_NAME", "directory");
            web.UseSetting("Identity:Url", TestTokenIssuer.Issuer);
            web.UseSetting("Seeds:Path", RepositoryPaths.Seeds);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Messaging:RelayPollInterval", "00:00:00.200");
            web.UseSetting("RateLimiting:PublicReadPermitsPerMinute", "100000");
            web.ConfigureTestServices(services =>
            {
                TestTokens.TrustIn(services);
                services.AddDirectoryDemoData();
            });
        });
        // Starts the host: migrations and seeding run before the first request is served.
        _factory.CreateClient().Dispose();
    }

    public HttpClient CreateClient(string? accessToken = null)
    {
        var client = Factory.CreateClient();
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        return client;
    }

    public DirectoryClient CreateGrpcClient(string accessToken)
    {
        var credentials = CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("Authorization", $"Bearer {accessToken}");
            return Task.CompletedTask;
        });
        var channel = GrpcChannel.ForAddress(Factory.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = Factory.Server.CreateHandler(),
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
        return new DirectoryClient(channel);
    }

    /// <summary>A new VCSE organisation with its own API client, registered through the API.</summary>
    public async Task<VcseClient> RegisterOrganisationAsync(string? name = null)
    {
        var organisationId = Guid.NewGuid();
        var client = new VcseClient(organisationId, CreateClient(TestTokens.VcseClient(organisationId)));
        await client.RegisterAsync(name ?? $"Test group {organisationId:N}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await _infrastructure.DisposeAsync();
    }
}
