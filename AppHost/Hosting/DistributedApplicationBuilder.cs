using SocialPrescribing.AppHost.Hosting.Infrastructure;
using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>Declares the resources of an application, as Aspire's builder does; <see cref="Build"/> checks and wires them.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];

    private DistributedApplicationBuilder(AppHostOptions options)
    {
        UnixFileSystem.ThrowUnlessLinux();
        Options = options;
        RepositoryRoot = options.RepositoryRoot ?? RepositoryLocator.Find();
    }

    public AppHostOptions Options { get; }

    /// <summary>The folder holding SocialPrescribing.sln; project paths are relative to it.</summary>
    public string RepositoryRoot { get; }

    public IReadOnlyList<Resource> Resources => _resources;

    public static DistributedApplicationBuilder Create(AppHostOptions options) => new(options);

    /// <summary>For `dotnet run --project AppHost -- args`: options from the command line, output to the console.</summary>
    public static DistributedApplicationBuilder Create(string[] args) => new(AppHostOptions.FromArgs(args));

    public ResourceBuilder<PostgresServerResource> AddPostgres(string name) => Add(new PostgresServerResource(name));

    public ResourceBuilder<RabbitMqResource> AddRabbitMQ(string name) => Add(new RabbitMqResource(name));

    /// <summary>A project of the repository; <paramref name="projectPath"/> is relative to <see cref="RepositoryRoot"/>.</summary>
    public ResourceBuilder<ProjectResource> AddProject(string name, string projectPath) =>
        Add(new ProjectResource(name, Path.GetFullPath(Path.Combine(RepositoryRoot, projectPath))));

    internal ResourceBuilder<T> Add<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => r.Name == resource.Name) || resource.Name == DistributedApplication.HostLogName)
        {
            throw new ArgumentException($"A resource named '{resource.Name}' is already declared.", nameof(resource));
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    /// <summary>Checks the declaration (no waiting in circles) and the prerequisites; nothing starts yet.</summary>
    public DistributedApplication Build()
    {
        ThrowOnWaitCycle();
        return new DistributedApplication(this);
    }

    private void ThrowOnWaitCycle()
    {
        var done = new HashSet<Resource>();
        foreach (var resource in _resources)
        {
            Visit(resource, []);
        }

        void Visit(Resource resource, List<Resource> path)
        {
            if (path.Contains(resource))
            {
                throw new AppHostException($"Resources wait for each other in a circle: {string.Join(" -> ", path.Append(resource))}.");
            }
            if (done.Add(resource))
            {
                path.Add(resource);
                foreach (var dependency in resource.Dependencies)
                {
                    Visit(dependency, path);
                }
                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
