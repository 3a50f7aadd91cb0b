using System.Globalization;

namespace SocialPrescribing.AppHost.Hosting;

public sealed record AppHostOptions
{
    /// <summary>The folder holding SocialPrescribing.sln; found by walking up from the AppHost when not set.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Where PostgreSQL, RabbitMQ, secrets and logs keep their files; kept between runs. Defaults to &lt;repo&gt;/.data.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>
    /// Use a new temporary data folder, deleted when the application is disposed, and run PostgreSQL
    /// without durability (fsync off): for tests. Ignored data-wise when <see cref="DataDirectory"/> is set.
    /// </summary>
    public bool Ephemeral { get; init; }

    /// <summary>A fixed HTTP port for the web front end; any free port when null.</summary>
    public int? WebPort { get; init; }

    /// <summary>Whether services load demo data (Seeds__Load); by default yes, except when <see cref="Ephemeral"/>.</summary>
    public bool? LoadSeeds { get; init; }

    /// <summary>ASPNETCORE_ENVIRONMENT of every project.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>OTEL_EXPORTER_OTLP_ENDPOINT given to projects; defaults to the AppHost's own environment variable.</summary>
    public string? OtlpEndpoint { get; init; } = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");

    /// <summary>PostgreSQL's bin folder; the newest /usr/lib/postgresql/*/bin when null.</summary>
    public string? PostgresBinDirectory { get; init; }

    public string RabbitMqBinDirectory { get; init; } = "/usr/lib/rabbitmq/bin";

    /// <summary>The build configuration whose project outputs are run; the AppHost's own when null.</summary>
    public string? BuildConfiguration { get; init; }

    /// <summary>How long a project may take to answer GET /health with 200 after it starts; PostgreSQL and RabbitMQ get at least as long to accept connections.</summary>
    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How long a project may take to exit after SIGTERM before its process tree is killed.</summary>
    public TimeSpan StopGracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Receives every output line of every resource (and the AppHost's notices), e.g. to route them to test output.</summary>
    public Action<ResourceLogLine>? LogSink { get; init; }

    /// <summary>Write prefixed output lines and the resource table to the console (the `dotnet run` experience).</summary>
    public bool WriteToConsole { get; init; }

    /// <summary>How many recent lines per resource <see cref="DistributedApplication.GetLogs"/> returns.</summary>
    public int LogLinesKept { get; init; } = 2000;

    public const string Usage =
        "Usage: dotnet run --project AppHost -- [--web-port N] [--data-dir DIR] [--ephemeral] [--seeds|--no-seeds] " +
        "[--environment NAME] [--otlp-endpoint URL]";

    /// <summary>The command-line options of `dotnet run --project AppHost -- ...`; output goes to the console.</summary>
    public static AppHostOptions FromArgs(IReadOnlyList<string> args)
    {
        var options = new AppHostOptions { WriteToConsole = true };
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new AppHostException($"{args[i]} needs a value. {Usage}");
            options = args[i] switch
            {
                "--web-port" => options with { WebPort = ParsePort(Value()) },
                "--data-dir" => options with { DataDirectory = Path.GetFullPath(Value()) },
                "--ephemeral" => options with { Ephemeral = true },
                "--seeds" => options with { LoadSeeds = true },
                "--no-seeds" => options with { LoadSeeds = false },
                "--environment" => options with { EnvironmentName = Value() },
                "--otlp-endpoint" => options with { OtlpEndpoint = Value() },
                _ => throw new AppHostException($"Unknown option '{args[i]}'. {Usage}"),
            };
        }
        return options;
    }

    private static int ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new AppHostException($"'{text}' is not a TCP port. {Usage}");
}
