using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost.Tests;

public sealed class DemoSeedingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_the_demo_a_seeder_is_given_each_seeded_database_and_the_matcher_and_the_web_wait_for_it_to_finish()
    {
        await WithModelAsync(loadSeeds: true, async builder =>
        {
            var seeder = Project(builder, DemoSeeding.SeederName);
            var databases = seeder.Annotations.OfType<ResourceRelationshipAnnotation>()
                .Where(r => r.Type == "Reference" && r.Resource is LocalPostgresDatabaseResource).Select(r => r.Resource.Name);

            Assert.Equal(["directory-db", "identity-db", "referrals-db", "volunteering-db"], databases.Order(StringComparer.Ordinal));
            Assert.All(["matching", "web"], waiting => Assert.Contains(Project(builder, waiting).Annotations.OfType<WaitAnnotation>(),
                wait => wait.Resource == seeder && wait.WaitType == WaitType.WaitForCompletion));
            Assert.Contains("SelfReferrals__Teams__bc026b77-0fb5-5359-ba4a-8bd3227e448f", await EnvironmentOfAsync(builder, "referrals"));
        });
    }

    [Fact]
    public async Task Without_the_demo_there_is_no_seeder_and_no_service_is_given_demo_settings()
    {
        await WithModelAsync(loadSeeds: false, async builder =>
        {
            Assert.DoesNotContain(builder.Resources, r => r.Name == DemoSeeding.SeederName);
            foreach (var service in builder.Resources.OfType<ProjectResource>())
            {
                Assert.DoesNotContain(await EnvironmentOfAsync(builder, service.Name),
                    name => name.StartsWith("Seeds__", StringComparison.Ordinal) || name.StartsWith("SelfReferrals__", StringComparison.Ordinal)
                        || name == "Identity__DevelopmentPassword");
            }
        });
    }

    private static async Task WithModelAsync(bool loadSeeds, Func<IDistributedApplicationTestingBuilder, Task> check)
    {
        var folder = Directory.CreateTempSubdirectory("apphost-tests-seeding-").FullName;
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(HostSettings),
                [$"--{HostSettings.DataDirectoryKey}={folder}", $"--{HostSettings.SeedsKey}={loadSeeds}"], Ct);
            await check(builder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ProjectResource Project(IDistributedApplicationTestingBuilder builder, string name) =>
        builder.Resources.OfType<ProjectResource>().Single(p => p.Name == name);

    /// <summary>The names of the environment variables the model gives a project (their values are not resolved).</summary>
    private static async Task<IReadOnlyList<string>> EnvironmentOfAsync(IDistributedApplicationTestingBuilder builder, string project)
    {
        var variables = new Dictionary<string, object>();
        var resource = Project(builder, project);
        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run), resource, variables, Ct);
        foreach (var callback in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }
        return [.. variables.Keys];
    }
}
