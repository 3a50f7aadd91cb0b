namespace SocialPrescribing.AppHost.Hosting.Resources;

/// <summary>A database on a <see cref="PostgresServerResource"/>, created when missing; healthy when its server is.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : Resource(name), IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Server { get; } = server;

    public override IReadOnlyList<string> EndpointNames => [];

    internal override IEnumerable<Resource> Dependencies => base.Dependencies.Append(Server);
}
