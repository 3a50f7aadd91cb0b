using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>A PostgreSQL server run from the operating system's package (Aspire's own AddPostgres needs a container engine).</summary>
public sealed class LocalPostgresResource(string name, string command, ParameterResource password, HostSettings settings)
    : ExecutableResource(name, command, "/"), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string SuperUser = "postgres";

    public ParameterResource Password { get; } = password;

    internal HostSettings Settings { get; } = settings;

    public EndpointReference Endpoint => new(this, EndpointName);

    /// <summary>The superuser's connection string: for the AppHost (and its tests) only, never given to a service.</summary>
    public ReferenceExpression ConnectionStringExpression => ConnectionStringFor(SuperUser, Password);

    // PostgreSQL listens on 127.0.0.1 only: naming it saves Npgsql a refused attempt on ::1 for "localhost".
    internal ReferenceExpression ConnectionStringFor(string user, ParameterResource password) =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username={user};Password={password}");
}

/// <summary>
/// A database and the role that owns it, which is all a service gets: a login role without superuser, createdb or
/// createrole, with a password of its own; no other role may connect to the database.
/// </summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent, ParameterResource password)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    public string DatabaseName { get; } = databaseName;

    /// <summary>The owning role, named as the database.</summary>
    public string OwnerRole => DatabaseName;

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent.ConnectionStringFor(OwnerRole, Password)};Database={DatabaseName}");
}

public static class LocalPostgresExtensions
{
    private const string BinRoot = "/usr/lib/postgresql";

    /// <summary>
    /// PostgreSQL with its cluster in &lt;data&gt;/&lt;name&gt;, on a port kept across restarts, listening on 127.0.0.1
    /// only, with a generated password (SCRAM) kept owner-only. A first run initialises the cluster (the
    /// &lt;name&gt;-init resource); databases added with <see cref="AddDatabase"/> are created once it is ready.
    /// </summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, HostSettings settings)
    {
        var bin = (Directory.Exists(BinRoot)
            ? Directory.GetDirectories(BinRoot).Select(v => Path.Combine(v, "bin")).Where(Directory.Exists).OrderBy(VersionOf).LastOrDefault()
            : null) ?? throw new InvalidOperationException("PostgreSQL is not installed: run scripts/prerequisites.sh postgres (apt-get install postgresql).");

        var password = builder.AddParameter($"{name}-password", () => settings.Secret(name)[0], secret: true);
        var data = Path.Combine(settings.DataDirectory, name);
        var sockets = Path.Combine(settings.DataDirectory, name + "-socket");
        var asRoot = Environment.UserName == "root";
        var port = PortReservations.Reserve();

        // PostgreSQL refuses to run as root: the cluster belongs to the postgres user, and setpriv runs the server
        // as that user in place (no supervising parent), so its signals and exit code are the server's own.
        string[] server = [Path.Combine(bin, "postgres"), "-D", data, "-p", port.ToString(CultureInfo.InvariantCulture), "-k", sockets,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
        // Throw-away test data is not flushed to disk; it still survives a killed server (not a killed machine),
        // since a commit has reached the operating system before it returns (synchronous_commit stays on).
        string[] fast = settings.Durable ? [] : ["-c", "fsync=off", "-c", "full_page_writes=off"];
        string[] asPostgres = asRoot ? ["/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"] : [];

        var init = builder.AddExecutable($"{name}-init", "/bin/sh", settings.DataDirectory, "-c", InitScript(asRoot))
            .WithEnvironment("PGBIN", bin)
            .WithEnvironment("PGDATA", data)
            .WithEnvironment("PGSOCKETS", sockets)
            .WithEnvironment("INITDB_EXTRA", settings.Durable ? "" : "--no-sync")
            .WithEnvironment("POSTGRES_PASSWORD", password);

        // PostgreSQL logs to stderr, which Aspire shows as errors: the shell joins it to stdout, then becomes the server
        // (exec keeps the pid, so signals, the exit code and restarts are the server's own).
        var resource = new LocalPostgresResource(name, "/bin/sh", password.Resource, settings);
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, ct) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct));
        builder.Eventing.Subscribe<ResourceReadyEvent>(resource, async (ready, ct) =>
        {
            var databases = builder.Resources.OfType<LocalPostgresDatabaseResource>().Where(d => d.Parent == resource).ToList();
            await DatabaseOwners.ProvisionAsync(databases, connectionString!, ct);
            // Aspire passes a parent's state on to child resources of containers only.
            var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var database in databases)
            {
                await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
            }
        });

        var check = $"{name}-accepts";
        builder.Services.AddHealthChecks().AddAsyncCheck(check, ct => AcceptsAsync(connectionString, "postgres", ct));
        init.WithParentRelationship(resource);
        return builder.AddResource(resource)
            .WithArgs(["-c", "exec \"$@\" 2>&1", "sh", .. asPostgres, .. server, .. fast])
            .WithEndpoint(port: port, targetPort: port, name: LocalPostgresResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithHealthCheck(check)
            .WaitForCompletion(init)
            .WithIconName("DatabaseMultiple")
            .RestartOnCrash();
    }

    /// <summary>A database owned by a role of its own (password generated and kept owner-only), created when the server is ready.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var builder = server.ApplicationBuilder;
        var settings = server.Resource.Settings;
        var password = builder.AddParameter($"{name}-password", () => settings.Secret(name)[0], secret: true);
        var database = new LocalPostgresDatabaseResource(name, name, server.Resource, password.Resource);
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(database, async (_, ct) =>
            connectionString = await database.ConnectionStringExpression.GetValueAsync(ct));
        var check = $"{name}-accepts";
        builder.Services.AddHealthChecks().AddAsyncCheck(check, ct => AcceptsAsync(connectionString, null, ct));
        return builder.AddResource(database).WithHealthCheck(check).WithIconName("Database");
    }

    /// <summary>Initialises the cluster once; the password reaches initdb in a file only the postgres user reads, for the call.</summary>
    private static string InitScript(bool asRoot)
    {
        var run = asRoot ? "setpriv --reuid=postgres --regid=postgres --init-groups --" : "";
        var own = asRoot ? "chown postgres:postgres" : "true";
        return $"""
            set -e
            mkdir -p "$PGDATA" "$PGSOCKETS"
            {own} "$PGDATA" "$PGSOCKETS"
            chmod 700 "$PGDATA" "$PGSOCKETS"
            if [ -f "$PGDATA/PG_VERSION" ]; then echo "cluster in $PGDATA is initialised"; exit 0; fi
            pw="$PGSOCKETS/initdb.pw"
            (umask 077; printf '%s\n' "$POSTGRES_PASSWORD" > "$pw")
            {own} "$pw"
            {run} "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=scram-sha-256 --pwfile="$pw" -E UTF8 --locale=C.UTF-8 --no-instructions $INITDB_EXTRA
            rm -f "$pw"
            """;
    }

    private static async Task<HealthCheckResult> AcceptsAsync(string? connectionString, string? database, CancellationToken ct)
    {
        if (connectionString is null)
        {
            return HealthCheckResult.Unhealthy("no connection string yet");
        }
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 };
        probe.Database = database ?? probe.Database;
        try
        {
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }

    private static Version VersionOf(string bin) =>
        Version.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)) + ".0", out var v) ? v : new Version(0, 0);
}
