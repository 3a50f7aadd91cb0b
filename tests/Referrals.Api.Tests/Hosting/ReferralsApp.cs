using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Application;
using SocialPrescribing.Referrals.Seeding;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit.Messaging;

namespace SocialPrescribing.Referrals.Api.Tests.Hosting;

/// <summary>
/// The referrals service in-process (WebApplicationFactory over its real Program) against a real
/// PostgreSQL database and RabbitMQ node started through the AppHost's API, with a consumer on the
/// broker recording what the outbox publishes. One per test assembly; tests keep apart by using
/// their own team and organisation ids.
/// </summary>
public sealed class ReferralsApp : IAsyncLifetime
{
    private readonly InfrastructureFixture _infrastructure = new();
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The referrals service has not started.");

    public FakePlaces Places { get; } = new();

    public AdjustableClock Clock { get; } = new();

    public ReceivedEvents Events { get; } = new("referrals-tests",
        typeof(ReferralMessageBackIntegrationEvent), typeof(ReferralClosedIntegrationEvent), typeof(WellbeingOutcomeRecordedIntegrationEvent),
        typeof(ConnectionDeclinedIntegrationEvent), typeof(ConnectionExpiredIntegrationEvent), typeof(ActivityRatedIntegrationEvent));

    public async ValueTask InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        await Events.StartAsync(_infrastructure.BrokerConnectionString);
        var database = await _infrastructure.CreateDatabaseAsync("referrals", TestContext.Current.CancellationToken);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:referrals-db", database);
            web.UseSetting("ConnectionStrings:messaging", _infrastructure.BrokerConnectionString);
            web.UseSetting("OTEL_SERVICE_NAME", "referrals");
            web.UseSetting("Identity:Url", TestTokenIssuer.Issuer);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Messaging:RelayPollInterval", "00:00:00.200");
            foreach (var (key, districts) in DemoSettings.SelfReferralTeams(SeedCatalog.LoadBuiltIn()))
            {
                web.UseSetting(key, districts);
            }
            web.UseSetting("Deprivation:Path", RepositoryPaths.IllustrativeDeprivation);
            web.ConfigureTestServices(services =>
            {
                TestTokens.TrustIn(services);
                services.AddReferralsDemoData();
                services.RemoveAll<IPlaces>();
                services.AddSingleton<IPlaces>(Places);
                services.RemoveAll<IActivityDirectory>();
                services.AddSingleton<IActivityDirectory>(Places);
                services.RemoveAll<IActivitySchedules>();
                services.AddSingleton<IActivitySchedules>(Places);
                services.RemoveAll<ITaxonomyTerms>();
                services.AddSingleton<ITaxonomyTerms, FakeTaxonomy>();
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        });
        // Starts the host: migrations and the demo seeds run before the first request is served.
        _factory.CreateClient().Dispose();
    }

    public HttpClient CreateClient(string accessToken)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await Events.DisposeAsync();
        await _infrastructure.DisposeAsync();
    }
}
