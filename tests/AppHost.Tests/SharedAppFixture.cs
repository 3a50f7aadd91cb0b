using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>
/// One application for the tests that only look at it (starting RabbitMQ costs seconds): PostgreSQL with two
/// databases, RabbitMQ, two instances of the test service where "beta" discovers "alpha", and "ghost", a
/// project that does not exist.
/// </summary>
public sealed class SharedAppFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = TestApps.Builder();
        var postgres = builder.AddPostgres("postgres");
        var alphaDb = postgres.AddDatabase("alpha-db");
        postgres.AddDatabase("beta-db", "beta_data");
        var messaging = builder.AddRabbitMQ("messaging");
        var alpha = builder.AddProject("alpha", TestApps.TestServiceProject)
            .WithReference(alphaDb).WaitFor(alphaDb)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("Greeting", "hello");
        var ghost = builder.AddProject("ghost", "src/NotWrittenYet.Api/NotWrittenYet.Api.csproj");
        builder.AddProject("beta", TestApps.TestServiceProject)
            .WithReference(alpha).WaitFor(alpha)
            .WithReference(ghost).WaitFor(ghost);
        App = await TestApps.StartAsync(builder);
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

[CollectionDefinition(nameof(SharedApp))]
public sealed class SharedApp : ICollectionFixture<SharedAppFixture>;
