namespace SocialPrescribing.AppHost.Hosting.Resources;

/// <summary>Something the AppHost runs or provides, declared by name; what runs it lives in Runners.</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    /// <summary>Resources whose connection string or endpoints this one is given.</summary>
    public IReadOnlyList<Resource> References => _references;

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public IReadOnlyList<Resource> WaitsFor => _waitsFor;

    /// <summary>The named TCP endpoints this resource listens on (e.g. "http", "grpc", "amqp").</summary>
    public abstract IReadOnlyList<string> EndpointNames { get; }

    /// <summary>
    /// What this resource cannot run without: it is stopped before these. References between projects are
    /// left out: services may call each other both ways, and a peer being down is a condition they handle.
    /// </summary>
    internal virtual IEnumerable<Resource> Dependencies =>
        _references.Where(r => r is not ProjectResource).Concat(_waitsFor).Distinct();

    private readonly List<Resource> _references = [];
    private readonly List<Resource> _waitsFor = [];

    internal void AddReference(Resource resource) => AddOnce(_references, resource);

    internal void AddWaitFor(Resource resource) => AddOnce(_waitsFor, resource);

    private static void AddOnce(List<Resource> list, Resource resource)
    {
        if (!list.Contains(resource))
        {
            list.Add(resource);
        }
    }

    public override string ToString() => Name;
}

/// <summary>A resource that others reach through ConnectionStrings__&lt;Name&gt;.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }
}
