namespace SocialPrescribing.AppHost.Hosting.Resources;

/// <summary>
/// A .NET project of the repository, run from its built dll with two Kestrel endpoints: "http" (HTTP/1.1 for
/// REST, health and browsers) and "grpc" (HTTP/2 without TLS, which an Http1AndHttp2 endpoint would not serve).
/// </summary>
public sealed class ProjectResource(string name, string projectPath) : Resource(name)
{
    public const string HttpEndpoint = "http";
    public const string GrpcEndpoint = "grpc";

    /// <summary>The absolute path of the .csproj.</summary>
    public string ProjectPath { get; } = projectPath;

    /// <summary>The project file did not exist when declared: the resource is not run (services are being written).</summary>
    public bool IsSkipped { get; } = !File.Exists(projectPath);

    public override IReadOnlyList<string> EndpointNames { get; } = [HttpEndpoint, GrpcEndpoint];

    /// <summary>Extra environment variables, applied last; values are worked out when the project starts (ports, folders are known then).</summary>
    public IReadOnlyDictionary<string, Func<DistributedApplication, string>> Environment => _environment;

    /// <summary>A fixed port for the "http" endpoint; any free port when null.</summary>
    public int? HttpPort { get; internal set; }

    private readonly Dictionary<string, Func<DistributedApplication, string>> _environment = [];

    internal void SetEnvironment(string key, Func<DistributedApplication, string> value) => _environment[key] = value;
}
