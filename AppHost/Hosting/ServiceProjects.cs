namespace SocialPrescribing.AppHost.Hosting;

public static class ServiceProjects
{
    public const string HttpEndpoint = "http";
    public const string GrpcEndpoint = "grpc";

    /// <summary>
    /// A service project with two endpoints: <c>http</c> (HTTP/1.1: REST, health, pages) and <c>grpc</c> (HTTP/2
    /// without TLS; a cleartext endpoint offering both would silently serve HTTP/1.1 only). Kestrel is told each
    /// endpoint's protocol; replicas each get their own target port behind Aspire's proxy.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, HostSettings settings, int? httpPort = null)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(port: httpPort, name: HttpEndpoint)
            .WithHttpEndpoint(name: GrpcEndpoint)
            .WithEndpoint(GrpcEndpoint, endpoint => endpoint.Transport = "http2")
            .WithEndpointsInEnvironment(_ => false)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            // The demo's areas get the demo's ILLUSTRATIVE deciles, which reports label as such; a deployment sets its own.
            .WithEnvironment("Deprivation__Path", settings.LoadSeeds ? Path.Combine(settings.RepositoryRoot, "seeds", "data", "deprivation-deciles.illustrative.csv") : "none")
            // Aspire's development defaults export metrics, traces and logs every second: an idle system would never
            // be idle. Traces and logs go at OpenTelemetry's own default of 5 s.
            .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "15000")
            .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "5000")
            .WithEnvironment("OTEL_BLRP_SCHEDULE_DELAY", "5000")
            .WithHttpHealthCheck("/health", endpointName: HttpEndpoint)
            .RestartOnCrash();
        return service.WithEnvironment(context =>
        {
            foreach (var (endpoint, protocols) in new[] { (HttpEndpoint, "Http1"), (GrpcEndpoint, "Http2") })
            {
                var port = service.GetEndpoint(endpoint).Property(EndpointProperty.TargetPort);
                context.EnvironmentVariables[$"Kestrel__Endpoints__{endpoint}__Url"] = ReferenceExpression.Create($"http://127.0.0.1:{port}");
                context.EnvironmentVariables[$"Kestrel__Endpoints__{endpoint}__Protocols"] = protocols;
            }
        });
    }

    /// <summary>
    /// A service that uses its own database (as the role that owns it) and the broker (as a user of its own, reading the
    /// events <see cref="EventSubscriptions"/> gives it), started once both are ready.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithDatabaseAndBroker(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<LocalPostgresDatabaseResource> database, IResourceBuilder<LocalRabbitMQResource>? broker)
    {
        service.WithReference(database).WaitFor(database);
        if (broker is null)
        {
            return service;
        }
        var name = service.Resource.Name;
        var user = broker.AddUser(name, EventSubscriptions.Of(name));
        // Under the broker's own connection name, which the services read.
        return service.WithReference(user, connectionName: broker.Resource.Name).WaitFor(user).WaitFor(broker);
    }
}
