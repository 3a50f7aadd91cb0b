using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// What a run of the AppHost may change from the command line (<c>--web-port 5000</c>) or, for tests,
/// through configuration keys under <c>AppHost:</c>.
/// </summary>
public sealed record HostSettings(string RepositoryRoot, string DataDirectory, bool Durable, bool LoadSeeds, int? WebPort, string? Only, bool Console)
{
    public const string DataDirectoryKey = "AppHost:DataDirectory";
    public const string DurableKey = "AppHost:Durable";
    public const string SeedsKey = "AppHost:Seeds";

    /// <summary>Whether state changes and the ready table go to the console (people and scripts read it; tests do not).</summary>
    public const string ConsoleKey = "AppHost:Console";
    /// <summary>Runs part of the system: <see cref="PostgresOnlyValue"/> or <see cref="InfrastructureOnlyValue"/> (with RabbitMQ), for tests of one service.</summary>
    public const string OnlyKey = "AppHost:Only";
    public const string PostgresOnlyValue = "postgres";
    public const string InfrastructureOnlyValue = "infrastructure";

    public static HostSettings From(IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var repository = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var dataDirectory = Path.GetFullPath(configuration[DataDirectoryKey] ?? Path.Combine(repository, ".data"));
        // Open (0755), so the postgres user can reach its own folder inside; the secrets inside are 0600.
        Directory.CreateDirectory(dataDirectory);
        SetMode(dataDirectory, (UnixFileMode)0b111_101_101);
        return new HostSettings(
            repository,
            dataDirectory,
            Durable: configuration.GetValue(DurableKey, defaultValue: true),
            LoadSeeds: configuration.GetValue(SeedsKey, defaultValue: true),
            WebPort: ParsePort(configuration["web-port"] ?? configuration["AppHost:WebPort"]),
            Only: configuration[OnlyKey],
            Console: configuration.GetValue(ConsoleKey, defaultValue: true));
    }

    /// <summary>
    /// A secret made up once and kept owner-only (0600) in the data folder, so a kept folder keeps working; one
    /// value a line (a user and a password, say).
    /// </summary>
    public string[] Secret(string name, int lines = 1, string tail = "")
    {
        var path = Path.Combine(DataDirectory, name + ".secret");
        if (File.Exists(path) && File.ReadAllLines(path) is { } stored && stored.Length >= lines)
        {
            return stored[..lines];
        }
        var values = Enumerable.Range(0, lines).Select(_ => NewSecret(24) + tail).ToArray();
        WriteOwnerOnly(path, string.Join('\n', values) + '\n');
        return values;
    }

    /// <summary>Writes a file only its owner may read, made so before anything is written into it.</summary>
    public static void WriteOwnerOnly(string path, string text)
    {
        File.WriteAllText(path, "");
        SetMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(path, text);
    }

    public static void SetMode(string path, UnixFileMode mode)
    {
        // PostgreSQL and RabbitMQ run from Debian's packages: there is no other operating system to serve.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    public static string NewSecret(int length) =>
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", length);

    private static int? ParsePort(string? text) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536 ? port
        : throw new ArgumentException($"'{text}' is not a TCP port (--web-port).");
}
