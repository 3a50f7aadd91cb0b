using SocialPrescribing.Seeds;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// The demo data, for development only (<see cref="HostSettings.LoadSeeds"/>): no service carries it. A seeder process
/// (seeds/SocialPrescribing.Seeder) loads it into each service's database once that service is healthy (its database
/// migrated, its reference data written), then exits; the services that read the others' data at start wait for it.
/// </summary>
public static class DemoSeeding
{
    public const string SeederName = "seeder";

    public static IResourceBuilder<ProjectResource> AddDemoSeeder(
        this IDistributedApplicationBuilder builder, HostSettings settings,
        params (IResourceBuilder<ProjectResource> Service, IResourceBuilder<LocalPostgresDatabaseResource> Database)[] services)
    {
        var seeder = builder.AddProject<Projects.SocialPrescribing_Seeder>(SeederName, options => options.ExcludeLaunchProfile = true)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("Seeds__Path", Path.Combine(settings.RepositoryRoot, "seeds"))
            .WithEnvironment("Identity__DevelopmentPassword", builder.AddDevelopmentPassword(settings));
        foreach (var (service, database) in services)
        {
            seeder.WithReference(database).WaitFor(service);
        }
        return seeder;
    }

    /// <summary>The demo teams' postcode districts, so that self-referrals from the demo's areas reach their caseloads.</summary>
    public static IResourceBuilder<ProjectResource> WithDemoTeams(this IResourceBuilder<ProjectResource> referrals, HostSettings settings)
    {
        foreach (var (key, districts) in DemoSettings.SelfReferralTeams(SeedCatalog.Load(Path.Combine(settings.RepositoryRoot, "seeds"))))
        {
            referrals.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), districts);
        }
        return referrals;
    }
}
