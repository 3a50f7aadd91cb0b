using System.Text;
using SocialPrescribing.AppHost.Hosting.Resources;
using SocialPrescribing.AppHost.Hosting.Runners;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>One line per resource: name, state and where to reach it.</summary>
internal static class ResourceTable
{
    public static string Render(IReadOnlyCollection<ResourceRuntime> runtimes, string dataDirectory)
    {
        var rows = runtimes
            .Select(r => (r.Resource.Name, State: r.State.ToString(), Where: Where(r, dataDirectory)))
            .Prepend(("RESOURCE", "STATE", "URL"))
            .ToList();
        var nameWidth = rows.Max(r => r.Item1.Length);
        var stateWidth = rows.Max(r => r.Item2.Length);
        var table = new StringBuilder();
        foreach (var (name, state, where) in rows)
        {
            table.AppendLine($"  {name.PadRight(nameWidth)}  {state.PadRight(stateWidth)}  {where}".TrimEnd());
        }
        return table.ToString();
    }

    private static string Where(ResourceRuntime runtime, string dataDirectory) => runtime.Resource switch
    {
        ProjectResource { IsSkipped: true } project => $"{project.ProjectPath} does not exist",
        _ when runtime.Ports.Count == 0 && runtime.Resource is not PostgresDatabaseResource => "",
        ProjectResource => $"http://127.0.0.1:{runtime.Port(ProjectResource.HttpEndpoint)}  (gRPC http://127.0.0.1:{runtime.Port(ProjectResource.GrpcEndpoint)})",
        PostgresServerResource server => $"127.0.0.1:{runtime.Port(PostgresServerResource.EndpointName)}  (user postgres, password in {Path.Combine(dataDirectory, server.Name + ".secret")})",
        PostgresDatabaseResource database => $"database on {database.Server.Name}",
        RabbitMqResource broker => $"amqp://127.0.0.1:{runtime.Port(RabbitMqResource.AmqpEndpoint)}/  (credentials in {Path.Combine(dataDirectory, broker.Name + ".secret")})",
        _ => "",
    };
}
