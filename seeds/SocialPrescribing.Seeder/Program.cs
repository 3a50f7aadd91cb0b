using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.CommunityDirectory.Seeding;
using SocialPrescribing.Identity.Infrastructure;
using SocialPrescribing.Identity.Seeding;
using SocialPrescribing.Messaging;
using SocialPrescribing.Referrals.Infrastructure;
using SocialPrescribing.Referrals.Seeding;
using SocialPrescribing.ServiceData;
using SocialPrescribing.Volunteering.Infrastructure;
using SocialPrescribing.Volunteering.Seeding;

namespace SocialPrescribing.Seeder;

/// <summary>
/// Loads the demo data from <c>Seeds:Path</c> into each service's database (<c>ConnectionStrings:identity-db</c>, ...),
/// run by the AppHost when it loads the demo, after the services have migrated their databases and written their
/// reference data. Each service's part runs in a host of its own with what it needs of that service, under the
/// service's <see cref="DataLoadLock"/>, and adds only what is missing, so it runs at every start. Then it exits.
/// </summary>
// A named Program rather than top-level statements: the services it references each have a public Program of their own.
public static class Program
{
    // The services' outbox is registered as they register it, so the events of seeded records are written with them
    // and published by each service's own relay. No host here is started, so no bus ever dials this address.
    private const string NoBroker = "amqp://localhost/";

    public static Task Main(string[] args) =>
        Task.WhenAll(
            SeedAsync<IdentityContext>(args, builder => builder.AddIdentitySeeding()),
            SeedAsync<DirectoryContext>(args, builder => builder.AddDirectorySeeding()),
            SeedAsync<VolunteeringContext>(args, builder => builder.AddVolunteeringSeeding()),
            SeedAsync<ReferralsContext>(args, builder => builder.AddReferralsSeeding()));

    private static async Task SeedAsync<TContext>(string[] args, Action<IHostApplicationBuilder> addService)
        where TContext : DbContext
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = NoBroker;
        // Thousands of inserts: EF Core's line per command would bury what the seeders say.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        addService(builder);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var seeder = scope.ServiceProvider.GetRequiredService<IDatabaseSeeder<TContext>>();
        await DataLoadLock.RunAsync(db, cancellationToken => seeder.SeedAsync(db, cancellationToken), CancellationToken.None);
    }
}
