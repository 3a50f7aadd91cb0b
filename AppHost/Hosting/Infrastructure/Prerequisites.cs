using System.Globalization;

namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

/// <summary>Finds the operating-system programs the resources run, failing with one message that names the fix.</summary>
internal static class Prerequisites
{
    private const string PostgresRoot = "/usr/lib/postgresql";
    private const string InstallHint = "(or run scripts/prerequisites.sh postgres rabbitmq)";

    /// <summary>The bin folder of the newest installed PostgreSQL (or the configured one), holding initdb, postgres and pg_ctl.</summary>
    public static string PostgresBin(AppHostOptions options)
    {
        if (options.PostgresBinDirectory is { } configured)
        {
            return File.Exists(Path.Combine(configured, "initdb"))
                ? configured
                : throw new AppHostException($"PostgreSQL was not found in {configured} (no initdb there): point PostgresBinDirectory at PostgreSQL's bin folder.");
        }
        var newest = Directory.Exists(PostgresRoot)
            ? Directory.GetDirectories(PostgresRoot)
                .Select(dir => (dir, version: decimal.TryParse(Path.GetFileName(dir), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(x => x.version >= 0 && File.Exists(Path.Combine(x.dir, "bin", "initdb")))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin"))
                .FirstOrDefault()
            : null;
        return newest ?? throw new AppHostException(
            $"PostgreSQL is not installed (no {PostgresRoot}/*/bin/initdb): sudo apt-get install -y postgresql {InstallHint}");
    }

    public static string RabbitMqBin(AppHostOptions options) =>
        File.Exists(Path.Combine(options.RabbitMqBinDirectory, "rabbitmq-server"))
            ? options.RabbitMqBinDirectory
            : throw new AppHostException(
                $"RabbitMQ is not installed (no rabbitmq-server in {options.RabbitMqBinDirectory}): sudo apt-get install -y rabbitmq-server {InstallHint}");

    /// <summary>Erlang's port mapper, which outlives a node unless told to stop.</summary>
    public static string Epmd() =>
        FindOnPath("epmd") ?? throw new AppHostException($"epmd (Erlang) is not installed: sudo apt-get install -y rabbitmq-server {InstallHint}");

    /// <summary>PostgreSQL refuses to run as root, so as root its programs run as the `postgres` user through runuser.</summary>
    public static string? RunUserWhenRoot() =>
        !Native.IsRoot ? null
        : FindOnPath("runuser") ?? throw new AppHostException("Running as root needs runuser to start PostgreSQL as 'postgres': sudo apt-get install -y util-linux");

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Concat(["/usr/sbin", "/usr/bin", "/sbin", "/bin"])
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
