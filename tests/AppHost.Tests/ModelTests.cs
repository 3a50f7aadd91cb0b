using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>The declaration of the system, checked without running it.</summary>
public sealed class ModelTests
{
    private static readonly string[] Services = ["identity", "directory", "referrals", "volunteering", "matching"];

    private readonly Dictionary<string, Resource> _resources;

    public ModelTests()
    {
        var builder = DistributedApplicationBuilder.Create(new AppHostOptions { Ephemeral = true, WebPort = 5000 });
        SocialPrescribingModel.Configure(builder);
        _resources = builder.Resources.ToDictionary(r => r.Name);
    }

    [Fact]
    public void The_system_declares_its_resources_under_the_agreed_names()
    {
        string[] expected =
        [
            "postgres", "messaging", "web", .. Services, .. Services.Select(s => s + "-db"),
        ];

        Assert.Equal(expected.Order(), _resources.Keys.Order());
    }

    [Theory]
    [InlineData("identity", "identity-db")]
    [InlineData("directory", "directory-db")]
    [InlineData("referrals", "referrals-db")]
    [InlineData("volunteering", "volunteering-db")]
    [InlineData("matching", "matching-db")]
    public void Each_service_uses_and_waits_for_its_own_database_and_the_broker(string service, string database)
    {
        var resource = _resources[service];

        Assert.Contains(_resources[database], resource.References);
        Assert.Contains(_resources["messaging"], resource.References);
        Assert.Contains(_resources[database], resource.WaitsFor);
        Assert.Contains(_resources["messaging"], resource.WaitsFor);
        Assert.Single(resource.References.OfType<PostgresDatabaseResource>());
    }

    [Theory]
    [InlineData("referrals", new[] { "identity", "directory", "matching" })]
    [InlineData("matching", new[] { "identity", "directory", "referrals", "volunteering" })]
    [InlineData("directory", new[] { "identity" })]
    [InlineData("volunteering", new[] { "identity" })]
    [InlineData("identity", new string[0])]
    [InlineData("web", new[] { "identity", "directory", "referrals", "volunteering", "matching" })]
    public void Services_discover_exactly_the_services_they_call(string service, string[] calls)
    {
        var discovered = _resources[service].References.OfType<ProjectResource>().Select(p => p.Name);

        Assert.Equal(calls.Order(), discovered.Order());
    }

    [Fact]
    public void The_web_front_end_waits_for_every_service_has_no_database_and_takes_the_chosen_port()
    {
        var web = (ProjectResource)_resources["web"];

        Assert.Equal(Services.Order(), web.WaitsFor.Select(r => r.Name).Order());
        Assert.DoesNotContain(web.References, r => r is IResourceWithConnectionString);
        Assert.Equal(5000, web.HttpPort);
    }

    [Fact]
    public void Tests_do_not_load_demo_data_unless_asked()
    {
        var web = (ProjectResource)_resources["web"];

        Assert.Equal("false", Constant(web, "Seeds__Load"));
        Assert.EndsWith("seeds", Constant(web, "Seeds__Path"), StringComparison.Ordinal);
    }

    /// <summary>A setting that does not depend on the running application (no ports, no folders).</summary>
    private static string Constant(ProjectResource project, string name) => project.Environment[name](null!);
}
