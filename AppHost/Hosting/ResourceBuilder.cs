using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>A declared resource, with the builder it belongs to, for fluent configuration (as in Aspire).</summary>
public sealed class ResourceBuilder<T>(DistributedApplicationBuilder applicationBuilder, T resource) where T : Resource
{
    public DistributedApplicationBuilder ApplicationBuilder { get; } = applicationBuilder;

    public T Resource { get; } = resource;
}

public static class ResourceBuilderExtensions
{
    public static ResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this ResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.AddDatabase(database);
        return server.ApplicationBuilder.Add(database);
    }

    /// <summary>Gives the project ConnectionStrings__&lt;name&gt; of a database or broker.</summary>
    public static ResourceBuilder<ProjectResource> WithReference<TSource>(
        this ResourceBuilder<ProjectResource> project, ResourceBuilder<TSource> source)
        where TSource : Resource, IResourceWithConnectionString
    {
        project.Resource.AddReference(source.Resource);
        return project;
    }

    /// <summary>Gives the project services__&lt;name&gt;__http__0 and services__&lt;name&gt;__grpc__0 of another project (service discovery).</summary>
    public static ResourceBuilder<ProjectResource> WithReference(
        this ResourceBuilder<ProjectResource> project, ResourceBuilder<ProjectResource> other)
    {
        project.Resource.AddReference(other.Resource);
        return project;
    }

    /// <summary>Starts the resource only once <paramref name="dependency"/> is healthy (no wait for a skipped project).</summary>
    public static ResourceBuilder<T> WaitFor<T, TDependency>(this ResourceBuilder<T> resource, ResourceBuilder<TDependency> dependency)
        where T : Resource
        where TDependency : Resource
    {
        resource.Resource.AddWaitFor(dependency.Resource);
        return resource;
    }

    public static ResourceBuilder<ProjectResource> WithEnvironment(this ResourceBuilder<ProjectResource> project, string name, string value) =>
        project.WithEnvironment(name, _ => value);

    /// <summary>An environment variable whose value is known only once the application runs (another resource's URL, a generated secret).</summary>
    public static ResourceBuilder<ProjectResource> WithEnvironment(
        this ResourceBuilder<ProjectResource> project, string name, Func<DistributedApplication, string> value)
    {
        project.Resource.SetEnvironment(name, value);
        return project;
    }

    /// <summary>Serves the project's "http" endpoint on a fixed port (any free port when null).</summary>
    public static ResourceBuilder<ProjectResource> WithHttpPort(this ResourceBuilder<ProjectResource> project, int? port)
    {
        project.Resource.HttpPort = port;
        return project;
    }
}
