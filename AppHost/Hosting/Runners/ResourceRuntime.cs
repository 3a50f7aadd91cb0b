using SocialPrescribing.AppHost.Hosting.Infrastructure;
using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost.Hosting.Runners;

/// <summary>The live side of one resource: its ports, state, log and the runner that starts and stops it.</summary>
internal sealed class ResourceRuntime(Resource resource, ResourceLog log, Action<ResourceRuntime> stateChanged)
{
    private readonly Dictionary<string, int> _ports = [];

    public Resource Resource { get; } = resource;

    public ResourceLog Log { get; } = log;

    /// <summary>Null for resources nothing needs to run (a database is created by its server's runner).</summary>
    public IResourceRunner? Runner { get; set; }

    public ResourceState State { get; private set; } = ResourceState.NotStarted;

    public string? StateDetail { get; private set; }

    public IReadOnlyDictionary<string, int> Ports => _ports;

    public int Port(string endpoint) =>
        _ports.TryGetValue(endpoint, out var port) ? port
        : throw new InvalidOperationException($"Resource '{Resource.Name}' has no port for endpoint '{endpoint}' (yet): start the application first.");

    /// <summary>Picks the ports once; restarts keep them so clients reconnect to the same address.</summary>
    public void AllocatePorts()
    {
        foreach (var endpoint in Resource.EndpointNames.Where(e => !_ports.ContainsKey(e)))
        {
            _ports[endpoint] = Resource is ProjectResource { HttpPort: { } fixedPort } && endpoint == ProjectResource.HttpEndpoint
                ? PortAllocator.Claim(fixedPort, $"{Resource.Name}'s {endpoint} endpoint")
                : PortAllocator.Next();
        }
    }

    public void SetState(ResourceState state, string? detail = null)
    {
        if (State == state && StateDetail == detail)
        {
            return;
        }
        State = state;
        StateDetail = detail;
        stateChanged(this);
    }
}
