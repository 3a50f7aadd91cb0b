namespace SocialPrescribing.AppHost.Hosting.Resources;

/// <summary>A private PostgreSQL server (the operating system's package) holding the declared databases.</summary>
public sealed class PostgresServerResource(string name) : Resource(name), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public override IReadOnlyList<string> EndpointNames { get; } = [EndpointName];

    public IReadOnlyList<PostgresDatabaseResource> Databases => _databases;

    private readonly List<PostgresDatabaseResource> _databases = [];

    internal void AddDatabase(PostgresDatabaseResource database) => _databases.Add(database);
}
