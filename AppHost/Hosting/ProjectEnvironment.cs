using System.Globalization;
using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// The configuration a project gets, under the names Aspire uses, so service code runs unchanged under a real
/// Aspire AppHost: Kestrel endpoints, ConnectionStrings__*, services__* (service discovery), OTEL_*.
/// </summary>
internal static class ProjectEnvironment
{
    public static IReadOnlyDictionary<string, string> For(ProjectResource project, DistributedApplication app, AppHostOptions options)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = options.EnvironmentName,
            ["OTEL_SERVICE_NAME"] = project.Name,
            ["Kestrel__Endpoints__http__Url"] = Url(app, project, ProjectResource.HttpEndpoint),
            ["Kestrel__Endpoints__http__Protocols"] = "Http1",
            ["Kestrel__Endpoints__grpc__Url"] = Url(app, project, ProjectResource.GrpcEndpoint),
            ["Kestrel__Endpoints__grpc__Protocols"] = "Http2",
        };
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = options.OtlpEndpoint;
        }
        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString source:
                    environment[$"ConnectionStrings__{source.Name}"] = app.GetConnectionString(source.Name);
                    break;
                case ProjectResource { IsSkipped: false } other:
                    foreach (var endpoint in other.EndpointNames)
                    {
                        environment[string.Create(CultureInfo.InvariantCulture, $"services__{other.Name}__{endpoint}__0")] = Url(app, other, endpoint);
                    }
                    break;
            }
        }
        foreach (var (name, value) in project.Environment)
        {
            environment[name] = value(app);
        }
        return environment;
    }

    private static string Url(DistributedApplication app, ProjectResource project, string endpoint) =>
        app.GetEndpoint(project.Name, endpoint).ToString().TrimEnd('/');
}
