using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Application;
using SocialPrescribing.Volunteering.Infrastructure;
using SocialPrescribing.Volunteering.Seeding;
using GrpcVolunteering = SocialPrescribing.Contracts.Volunteering.Volunteering;

namespace SocialPrescribing.Volunteering.Api.Tests.Hosting;

/// <summary>
/// The volunteering service in-process, wired as in production (its own fresh PostgreSQL database,
/// the real RabbitMQ, the outbox relay, JwtBearer validation) with a fake clock and test-signed tokens.
/// </summary>
public sealed class VolunteeringApp : WebApplicationFactory<Program>
{
    private readonly string _database;
    private readonly string _broker;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _demoData;

    private VolunteeringApp(string database, string broker, DateTimeOffset now, IReadOnlyDictionary<string, string> settings, bool demoData)
    {
        _database = database;
        _broker = broker;
        _settings = settings;
        _demoData = demoData;
        Time = new FakeTimeProvider(now);
    }

    public FakeTimeProvider Time { get; }

    /// <param name="settings">Configuration on top of the tests' defaults.</param>
    /// <param name="demoData">Whether the demo data is seeded at start, as the development seeder would.</param>
    public static async Task<VolunteeringApp> StartAsync(InfrastructureFixture infrastructure, IReadOnlyDictionary<string, string>? settings = null, bool demoData = false)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("volunteering", ct);
        // Today, to the second: the tests' tokens are real-time, and dates are read from this clock.
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var app = new VolunteeringApp(database, infrastructure.BrokerConnectionString, now, settings ?? new Dictionary<string, string>(), demoData);
        app.StartServer();
        var bus = app.Services.GetRequiredService<IBusControl>();
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:volunteering-db", _database);
        builder.UseSetting("ConnectionStrings:messaging", _broker);
        builder.UseSetting("OTEL_SERVICE_NAME", $"volunteering-test-{Guid.NewGuid():N}");
        builder.UseSetting("Identity:Url", TestTokens.Issuer);
        builder.UseSetting("Identity:Audience", "volunteering");
        builder.UseSetting("Messaging:RelayPollInterval", "00:00:00.200");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            if (_demoData)
            {
                services.AddVolunteeringDemoData();
            }
            // The expiry monitor's timer would race the tests as they move the clock; they run the check when they mean to.
            services.Remove(services.Single(d => d.ImplementationType == typeof(QualificationExpiryMonitor)));
            services.Remove(services.Single(d => d.ImplementationType == typeof(ReminderScheduler<VolunteeringContext>)));
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                // Trust the test key instead of fetching the identity service's discovery document.
                options.Configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
                options.Configuration.SigningKeys.Add(TestTokens.Key);
                // Without this the validator still asks the authority's (unresolvable) host for its metadata on every token.
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(options.Configuration);
                options.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
                options.TokenValidationParameters.IssuerSigningKey = TestTokens.Key;
            });
        });
    }

    public HttpClient ClientFor(TestAccount? account)
    {
        var client = CreateClient();
        if (account is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(account));
        }
        return client;
    }

    public GrpcVolunteering.VolunteeringClient GrpcClient() =>
        new(GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() }));

    public static Metadata AuthorisedAs(TestAccount account) => new() { { "Authorization", $"Bearer {TestTokens.For(account)}" } };

    /// <summary>Runs work against the service's own database, in a scope of the service's container.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<VolunteeringContext, Task<T>> work) =>
        InScopeAsync(services => work(services.GetRequiredService<VolunteeringContext>()));
}
