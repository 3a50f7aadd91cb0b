using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost;

// A named Program rather than top-level statements: ASP.NET Core makes a top-level Program public, and the
// tests that reference both the AppHost and a service would then see two classes called Program.
public static class Program
{
    public static void Main(string[] args)
    {
        QuietOrchestrator.LimitToOneScheduler();
        var builder = DistributedApplication.CreateBuilder(args);
        var settings = HostSettings.From(builder);
        if (settings.Console)
        {
            builder.WatchResources<ReadyBanner>();
        }

        var postgres = builder.AddLocalPostgres("postgres", settings);
        if (settings.Only != HostSettings.PostgresOnlyValue)
        {
            var messaging = builder.AddLocalRabbitMQ("messaging", settings);
            if (settings.Only != HostSettings.InfrastructureOnlyValue)
            {
                AddServices(builder, settings, postgres, messaging);
            }
        }
        builder.Build().Run();
    }

    private static void AddServices(
        IDistributedApplicationBuilder builder, HostSettings settings,
        IResourceBuilder<LocalPostgresResource> postgres, IResourceBuilder<LocalRabbitMQResource> messaging)
    {
        var identityDb = postgres.AddDatabase("identity-db");
        var identity = builder.AddService<Projects.Identity_Api>("identity", settings)
            .WithDatabaseAndBroker(identityDb, broker: null);

        var directoryDb = postgres.AddDatabase("directory-db");
        var directory = builder.AddService<Projects.CommunityDirectory_Api>("directory", settings)
            .WithDatabaseAndBroker(directoryDb, messaging)
            .WithIdentity(identity, settings);

        var volunteeringDb = postgres.AddDatabase("volunteering-db");
        var volunteering = builder.AddService<Projects.Volunteering_Api>("volunteering", settings)
            .WithDatabaseAndBroker(volunteeringDb, messaging)
            .WithIdentity(identity, settings);

        var referralsDb = postgres.AddDatabase("referrals-db");
        var referrals = builder.AddService<Projects.Referrals_Api>("referrals", settings)
            .WithDatabaseAndBroker(referralsDb, messaging)
            .WithIdentity(identity, settings)
            .WithReference(directory);

        var matching = builder.AddService<Projects.Matching_Api>("matching", settings)
            .WithDatabaseAndBroker(postgres.AddDatabase("matching-db"), messaging)
            .WithIdentity(identity, settings)
            .WithReference(directory).WithReference(referrals).WithReference(volunteering);

        var web = builder.AddService<Projects.Web>("web", settings, settings.WebPort)
            .WithIdentity(identity, settings)
            .WithReference(directory).WaitFor(directory)
            .WithReference(referrals).WaitFor(referrals)
            .WithReference(volunteering).WaitFor(volunteering)
            .WithReference(matching).WaitFor(matching);

        // Survey links sent by the referrals service open on the web.
        referrals.WithEnvironment("Surveys__WebAddress", web.GetEndpoint(ServiceProjects.HttpEndpoint));

        identity.AsIdentityServer(settings, web, directory, referrals, volunteering, matching);
        if (settings.LoadSeeds)
        {
            var seeder = builder.AddDemoSeeder(settings,
                (identity, identityDb), (directory, directoryDb), (volunteering, volunteeringDb), (referrals, referralsDb));
            // The matcher catches up from the others' snapshots when it starts; the web is opened once the demo is there.
            matching.WaitForCompletion(seeder);
            web.WaitForCompletion(seeder);
            referrals.WithDemoTeams(settings);
        }
        messaging.AddUser(EventSubscriptions.OutsideSubscribersUser, EventSubscriptions.ForOutsideSubscribers);
    }
}
