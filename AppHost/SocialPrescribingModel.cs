using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost;

/// <summary>
/// The one declaration of what SocialPrescribing runs, used by `dotnet run --project AppHost` and by the
/// system tests alike: a PostgreSQL server with a database per service, a RabbitMQ node, and the services.
/// </summary>
public static class SocialPrescribingModel
{
    public static SocialPrescribingResources Configure(DistributedApplicationBuilder builder)
    {
        var options = builder.Options;
        var postgres = builder.AddPostgres("postgres");
        var messaging = builder.AddRabbitMQ("messaging");

        ResourceBuilder<ProjectResource>? identity = null;
        identity = AddService("identity", "src/Identity.Api/Identity.Api.csproj", "identity-db");
        var directory = AddService("directory", "src/CommunityDirectory.Api/CommunityDirectory.Api.csproj", "directory-db");
        var referrals = AddService("referrals", "src/Referrals.Api/Referrals.Api.csproj", "referrals-db");
        var volunteering = AddService("volunteering", "src/Volunteering.Api/Volunteering.Api.csproj", "volunteering-db");
        var matching = AddService("matching", "src/Matching.Api/Matching.Api.csproj", "matching-db");

        WithIdentityServer(identity);
        referrals.WithReference(directory).WithReference(matching);
        matching.WithReference(directory).WithReference(referrals).WithReference(volunteering);

        var web = WithCommonSettings(builder.AddProject("web", "src/Web/Web.csproj"))
            .WithHttpPort(options.WebPort)
            .WithReference(identity).WaitFor(identity)
            .WithEnvironment("Identity__Url", IdentityUrl);
        foreach (var service in new[] { directory, referrals, volunteering, matching })
        {
            web.WithReference(service).WaitFor(service);
        }
        return new SocialPrescribingResources(postgres, messaging, identity, directory, referrals, volunteering, matching, web);

        ResourceBuilder<ProjectResource> AddService(string name, string projectPath, string databaseName)
        {
            var database = postgres.AddDatabase(databaseName);
            var service = WithCommonSettings(builder.AddProject(name, projectPath))
                .WithReference(database).WaitFor(database)
                .WithReference(messaging).WaitFor(messaging);
            // Declared first, identity is the one service that does not call identity.
            return identity is null ? service : WithServiceIdentity(service.WithReference(identity), name);
        }

        // Every service validates tokens issued by identity, and gets its own client secret for background work.
        ResourceBuilder<ProjectResource> WithServiceIdentity(ResourceBuilder<ProjectResource> service, string name) =>
            service.WithEnvironment("Identity__Url", IdentityUrl)
                .WithEnvironment("Identity__ClientSecret", app => StoredSecrets.ServiceClientSecret(app, name));

        void WithIdentityServer(ResourceBuilder<ProjectResource> server)
        {
            server.WithEnvironment("Identity__Url", IdentityUrl)
                .WithEnvironment("Identity__KeyDirectory", app => Path.Combine(app.DataDirectory, "identity", "keys"))
                .WithEnvironment("Identity__DevelopmentPassword", StoredSecrets.DevelopmentPassword)
                .WithEnvironment("Identity__Clients__web__RedirectUris", app => $"{WebUrl(app)}/signin-oidc")
                .WithEnvironment("Identity__Clients__web__PostLogoutRedirectUris", app => $"{WebUrl(app)}/signout-callback-oidc");
            foreach (var service in new[] { "directory", "referrals", "volunteering", "matching" })
            {
                server.WithEnvironment($"Identity__Clients__{service}__Secret", app => StoredSecrets.ServiceClientSecret(app, service));
            }
        }

        static string IdentityUrl(DistributedApplication app) => app.GetEndpoint("identity").ToString().TrimEnd('/');

        static string WebUrl(DistributedApplication app) => app.GetEndpoint("web").ToString().TrimEnd('/');

        ResourceBuilder<ProjectResource> WithCommonSettings(ResourceBuilder<ProjectResource> project)
        {
            project.WithEnvironment("Seeds__Load", (options.LoadSeeds ?? !options.Ephemeral) ? "true" : "false")
                .WithEnvironment("Seeds__Path", Path.Combine(builder.RepositoryRoot, "seeds"));
            var postcodes = Path.GetFullPath(Path.Combine(builder.RepositoryRoot, "..", "shared", "data", "uk-postcode-districts.csv"));
            return File.Exists(postcodes) ? project.WithEnvironment("Postcodes__Path", postcodes) : project;
        }
    }
}

/// <summary>The declared resources, for callers (tests) that add to them or look them up.</summary>
public sealed record SocialPrescribingResources(
    ResourceBuilder<PostgresServerResource> Postgres,
    ResourceBuilder<RabbitMqResource> Messaging,
    ResourceBuilder<ProjectResource> Identity,
    ResourceBuilder<ProjectResource> Directory,
    ResourceBuilder<ProjectResource> Referrals,
    ResourceBuilder<ProjectResource> Volunteering,
    ResourceBuilder<ProjectResource> Matching,
    ResourceBuilder<ProjectResource> Web);
