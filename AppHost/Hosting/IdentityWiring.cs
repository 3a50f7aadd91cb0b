namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// How the identity service and the others find each other: every service validates tokens issued at
/// <c>Identity:Url</c>; the back-end services also get a client secret of their own for background work, which
/// the identity service registers; the development staff password (which the demo seeder gives the staff users) is
/// generated and kept owner-only. The AppHost runs only on a developer's machine (and in tests), so it switches the development code sender on: volunteers'
/// codes are shown at the identity service's <c>/dev/outbox</c>. Outside the Development environment the identity
/// service refuses to start with these settings.
/// </summary>
public static class IdentityWiring
{
    /// <summary>The demo GP system's client id; its secret is the data directory's <c>demogp-client.secret</c>.</summary>
    public const string DemoGpClient = "demogp";

    /// <summary>The seeded team "team-wolverhampton-north" (SeedIds.ToGuid), whose caseload the demo GP's referrals join.</summary>
    public const string DemoGpTeamId = "bc026b77-0fb5-5359-ba4a-8bd3227e448f";

    /// <summary>ServiceClients.Web (ServiceDefaults, which the AppHost does not reference).</summary>
    private const string WebServiceClient = "web-service";

    public static IResourceBuilder<ProjectResource> WithIdentity(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ProjectResource> identity, HostSettings settings)
    {
        service.WithReference(identity).WaitFor(identity)
            .WithEnvironment("Identity__Url", identity.GetEndpoint(ServiceProjects.HttpEndpoint));
        // The web signs people in as the interactive client "web"; for its public pages (no one signed in) it has a
        // service client of its own, ServiceClients.Web, limited to what those pages call.
        return service.Resource.Name == "web"
            ? service.WithEnvironment("Identity__ClientId", WebServiceClient)
                .WithEnvironment("Identity__ClientSecret", ClientSecret(service.ApplicationBuilder, WebServiceClient, settings))
            : service.WithEnvironment("Identity__ClientSecret", ClientSecret(service.ApplicationBuilder, service.Resource.Name, settings));
    }

    public static IResourceBuilder<ProjectResource> AsIdentityServer(
        this IResourceBuilder<ProjectResource> identity, HostSettings settings, IResourceBuilder<ProjectResource> web, params IResourceBuilder<ProjectResource>[] services)
    {
        var builder = identity.ApplicationBuilder;
        var webUrl = web.GetEndpoint(ServiceProjects.HttpEndpoint);
        identity.WithEnvironment("Identity__Url", identity.GetEndpoint(ServiceProjects.HttpEndpoint))
            .WithEnvironment("Identity__KeyDirectory", Path.Combine(settings.DataDirectory, "identity", "keys"))
            .WithEnvironment("Identity__DevelopmentCodeSender", "true")
            .WithEnvironment("Identity__Clients__web__RedirectUris", ReferenceExpression.Create($"{webUrl}/signin-oidc"))
            .WithEnvironment("Identity__Clients__web__PostLogoutRedirectUris", ReferenceExpression.Create($"{webUrl}/signout-callback-oidc"))
            .WithEnvironment($"Identity__Clients__{WebServiceClient}__Secret", ClientSecret(builder, WebServiceClient, settings))
            .WithEnvironment($"Identity__Clients__{WebServiceClient}__Scopes", "directory.read referrals");
        // The demo GP practice's system, sending FHIR referrals to the first seeded team (its secret is in the data directory).
        identity.WithEnvironment($"Identity__Clients__{DemoGpClient}__Secret", ClientSecret(builder, DemoGpClient, settings))
            .WithEnvironment($"Identity__Clients__{DemoGpClient}__Scopes", "referrals.fhir")
            .WithEnvironment($"Identity__Clients__{DemoGpClient}__TeamId", DemoGpTeamId);
        foreach (var service in services)
        {
            var name = service.Resource.Name;
            identity.WithEnvironment($"Identity__Clients__{name}__Secret", ClientSecret(builder, name, settings));
        }
        return identity;
    }

    /// <summary>The seeded staff users' one password, kept owner-only in the data folder (see <see cref="HostSettings.Secret"/>).</summary>
    public static IResourceBuilder<ParameterResource> AddDevelopmentPassword(this IDistributedApplicationBuilder builder, HostSettings settings) =>
        builder.AddParameter("development-password", () => settings.Secret("development-password", tail: "-Aa1")[0], secret: true);

    private static IResourceBuilder<ParameterResource> ClientSecret(IDistributedApplicationBuilder builder, string service, HostSettings settings)
    {
        var name = $"{service}-client-secret";
        return builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == name) is { } existing
            ? builder.CreateResourceBuilder(existing)
            : builder.AddParameter(name, () => settings.Secret($"{service}-client")[0], secret: true);
    }
}
