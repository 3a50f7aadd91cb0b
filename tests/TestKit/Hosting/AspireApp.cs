using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.TestKit.Hosting;

/// <summary>
/// The AppHost's own application model started by Aspire.Hosting.Testing, with its data in a throw-away folder
/// (PostgreSQL without fsync): what the test fixtures share.
/// </summary>
public sealed class AspireApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ResourceEvent> _latest = new();
    private readonly CancellationTokenSource _stopWatching = new();

    private AspireApp(DistributedApplication app, string dataDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
        _ = Task.Run(async () =>
        {
            await foreach (var update in app.ResourceNotifications.WatchAsync(_stopWatching.Token))
            {
                _latest[update.ResourceId] = update;
            }
        });
    }

    public DistributedApplication App { get; }

    /// <summary>Where PostgreSQL, RabbitMQ and the generated secrets keep their files.</summary>
    public string DataDirectory { get; }

    /// <summary>
    /// Starts the model and waits until <paramref name="waitFor"/> are healthy. <paramref name="settings"/> are the
    /// AppHost's configuration keys (see <see cref="HostSettings"/>); <paramref name="configure"/> adds to the model.
    /// </summary>
    public static async Task<AspireApp> StartAsync(
        IReadOnlyDictionary<string, string> settings,
        IReadOnlyList<string> waitFor,
        Action<IDistributedApplicationTestingBuilder>? configure,
        CancellationToken ct)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "socialprescribing-test-" + HostSettings.NewSecret(10).ToLowerInvariant());
        string[] args =
        [
            $"--{HostSettings.DataDirectoryKey}={dataDirectory}",
            $"--{HostSettings.DurableKey}=false",
            $"--{HostSettings.ConsoleKey}=false",
            .. settings.Select(s => $"--{s.Key}={s.Value}"),
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(HostSettings), args, ct);
        configure?.Invoke(builder);
        var app = await builder.BuildAsync(ct);
        var started = new AspireApp(app, dataDirectory);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(StartTimeout);
            await app.StartAsync(timeout.Token);
            await Task.WhenAll(waitFor.Select(name => app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token)));
            return started;
        }
        catch (Exception e) when (e is OperationCanceledException or DistributedApplicationException)
        {
            var logs = await started.RecentLogsAsync(40);
            await started.DisposeAsync();
            throw new InvalidOperationException($"The system did not become healthy within {StartTimeout.TotalMinutes} min:\n{logs}", e);
        }
    }

    public Uri GetEndpoint(string resource, string endpoint = "http") => App.GetEndpoint(resource, endpoint);

    public async Task<string> GetConnectionStringAsync(string resource) =>
        await App.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"{resource} has no connection string.");

    /// <summary>A secret the AppHost generated (e.g. "development-password").</summary>
    public string Secret(string name) => File.ReadAllLines(Path.Combine(DataDirectory, name + ".secret"))[0];

    /// <summary>Aspire's own stop and start commands, as the dashboard sends them.</summary>
    public async Task StopAsync(string resource, CancellationToken ct) =>
        Check(await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand, ct));

    public async Task StartAsync(string resource, CancellationToken ct) =>
        Check(await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, ct));

    public Task WaitForHealthyAsync(string resource, CancellationToken ct) => App.ResourceNotifications.WaitForResourceHealthyAsync(resource, ct);

    /// <summary>The resource's instances (replicas, or the one process) as Aspire last reported them.</summary>
    public IReadOnlyList<ResourceEvent> Instances(string resource) =>
        [.. _latest.Values.Where(e => e.Resource.Name == resource).OrderBy(e => e.ResourceId, StringComparer.Ordinal)];

    /// <summary>The tail of every resource's output, for a failure message.</summary>
    public async Task<string> RecentLogsAsync(int linesPerResource)
    {
        var loggers = App.Services.GetRequiredService<ResourceLoggerService>();
        var text = new System.Text.StringBuilder();
        foreach (var instance in _latest.Values.Where(e => e.Resource is not ParameterResource && !e.Snapshot.IsHidden).OrderBy(e => e.ResourceId, StringComparer.Ordinal))
        {
            var id = instance.ResourceId;
            var lines = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await foreach (var batch in loggers.GetAllAsync(id).WithCancellation(timeout.Token))
                {
                    lines.AddRange(batch.Select(l => l.Content));
                }
            }
            catch (OperationCanceledException)
            {
                // What arrived in time is enough.
            }
            text.AppendLine($"--- {id} ({instance.Snapshot.State?.Text}) ---").AppendJoin('\n', lines.TakeLast(linesPerResource)).AppendLine();
        }
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections of the tests would keep PostgreSQL's shutdown waiting.
        NpgsqlConnection.ClearAllPools();
        await _stopWatching.CancelAsync();
        try
        {
            await App.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            await App.DisposeAsync();
            _stopWatching.Dispose();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A process still closing its files: the folder is in the temporary directory anyway.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }

    private static void Check(ExecuteCommandResult result)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException(result.Message);
        }
    }
}
