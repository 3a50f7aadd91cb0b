using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>The AppHost's own model, cut down with AppHost:Only, started in a throw-away data folder.</summary>
internal static class TestApps
{
    public static Task<AspireApp> PostgresAsync() =>
        AspireApp.StartAsync(Only(HostSettings.PostgresOnlyValue), ["postgres"], configure: null, TestContext.Current.CancellationToken);

    public static Task<AspireApp> InfrastructureAsync(Action<IDistributedApplicationTestingBuilder>? configure = null, params string[] alsoWaitFor) =>
        AspireApp.StartAsync(Only(HostSettings.InfrastructureOnlyValue), ["postgres", "messaging", .. alsoWaitFor], configure, TestContext.Current.CancellationToken);

    public static Dictionary<string, string> Only(string part) => new() { [HostSettings.OnlyKey] = part };
}

/// <summary>
/// PostgreSQL and RabbitMQ for the tests that only look (one start of RabbitMQ costs seconds), with "probe-db"
/// declared on the AppHost's postgres resource as a service's database would be.
/// </summary>
public sealed class InfrastructureApp : IAsyncLifetime
{
    public const string ProbeDatabase = "probe-db";

    private AspireApp? _app;

    public AspireApp App => _app ?? throw new InvalidOperationException("The infrastructure has not started.");

    public async ValueTask InitializeAsync() =>
        _app = await TestApps.InfrastructureAsync(
            builder => builder.CreateResourceBuilder(builder.Resources.OfType<LocalPostgresResource>().Single()).AddDatabase(ProbeDatabase),
            ProbeDatabase);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(nameof(SharedInfrastructure))]
public sealed class SharedInfrastructure : ICollectionFixture<InfrastructureApp>;

/// <summary>
/// The AppHost's whole model without its service projects: PostgreSQL and RabbitMQ with every service's database role
/// and broker user, as the services would be given them.
/// </summary>
public sealed class CredentialsApp : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Services = ["directory", "referrals", "volunteering", "matching"];

    private AspireApp? _app;

    public AspireApp App => _app ?? throw new InvalidOperationException("The infrastructure has not started.");

    public async ValueTask InitializeAsync() =>
        _app = await AspireApp.StartAsync(
            new Dictionary<string, string>(),
            ["postgres", "messaging", $"{EventSubscriptions.OutsideSubscribersUser}-messaging", .. Services.SelectMany(s => new[] { $"{s}-db", $"{s}-messaging" })],
            builder =>
            {
                foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
                {
                    builder.Resources.Remove(project);
                }
            },
            TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(nameof(SharedCredentials))]
public sealed class SharedCredentials : ICollectionFixture<CredentialsApp>;
