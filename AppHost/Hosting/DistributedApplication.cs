using SocialPrescribing.AppHost.Hosting.Infrastructure;
using SocialPrescribing.AppHost.Hosting.Resources;
using SocialPrescribing.AppHost.Hosting.Runners;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// The running application: starts resources in dependency order (independent ones in parallel), gives out
/// their endpoints and connection strings, and stops them in reverse order, leaving no process behind.
/// </summary>
public sealed partial class DistributedApplication : IAsyncDisposable
{
    /// <summary>The log name of the AppHost's own notices (state changes, skipped projects).</summary>
    public const string HostLogName = "apphost";

    private readonly AppHostOptions _options;
    private readonly Dictionary<string, ResourceRuntime> _runtimes = [];
    private readonly ResourceLog _hostLog;
    private readonly ConsoleLogSink? _console;
    private readonly bool _deleteDataOnDispose;
    private TaskCompletionSource _stateChanged = NewSignal();
    private bool _processExitHooked;
    private bool _somethingFailed;
    private int _disposed;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        _options = builder.Options;
        RepositoryRoot = builder.RepositoryRoot;
        _deleteDataOnDispose = _options is { Ephemeral: true, DataDirectory: null };
        DataDirectory = _options.DataDirectory
            ?? (_options.Ephemeral
                ? Path.Combine(Path.GetTempPath(), "socialprescribing-apphost-" + SecretStore.Generate(10).ToLowerInvariant())
                : Path.Combine(RepositoryRoot, ".data"));

        _console = _options.WriteToConsole ? new ConsoleLogSink(builder.Resources.Select(r => r.Name)) : null;
        _hostLog = NewLog(HostLogName);
        foreach (var resource in builder.Resources)
        {
            var runtime = new ResourceRuntime(resource, NewLog(resource.Name), OnStateChanged);
            runtime.Runner = CreateRunner(runtime);
            _runtimes.Add(resource.Name, runtime);
        }
        foreach (var project in builder.Resources.OfType<ProjectResource>().Where(p => p.IsSkipped))
        {
            _runtimes[project.Name].SetState(ResourceState.Skipped, $"{Path.GetRelativePath(RepositoryRoot, project.ProjectPath)} does not exist yet");
        }
    }

    public string RepositoryRoot { get; }

    /// <summary>Where data, secrets and per-resource logs (logs/&lt;name&gt;.log) are kept.</summary>
    public string DataDirectory { get; }

    /// <summary>Every declared resource, in declaration order, skipped ones included.</summary>
    public IReadOnlyList<string> ResourceNames => [.. _runtimes.Keys];

    /// <summary>Starts every resource once those it waits for are healthy; completes when all are healthy.</summary>
    /// <exception cref="AppHostException">Some resource could not start; the message says which and why. Others keep running until stopped.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        // Open (0755), also when given, so the postgres user can reach its folder inside; secrets inside are 0600.
        UnixFileSystem.CreateDirectory(DataDirectory, UnixFileSystem.OpenDirectory);
        UnixFileSystem.SetMode(DataDirectory, UnixFileSystem.OpenDirectory);
        HookProcessExit();
        var active = Active.ToList();
        foreach (var runtime in active)
        {
            runtime.AllocatePorts();
            runtime.Runner?.Prepare();
        }

        var started = new Dictionary<Resource, Task>();
        var all = active.Select(r => StartOnceAsync(r.Resource, started, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(all);
        }
        catch (Exception) when (all.Any(t => t.IsFaulted))
        {
            var reasons = all.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!.Message).Distinct();
            throw new AppHostException("Not everything started:\n" + string.Join("\n", reasons));
        }
        _console?.WriteBlock(ResourceTable.Render(_runtimes.Values, DataDirectory));
    }

    /// <summary>Stops every resource, dependents before what they depend on.</summary>
    public async Task StopAsync()
    {
        var stopped = new Dictionary<Resource, Task>();
        await Task.WhenAll(_runtimes.Values.Select(r => StopOnceAsync(r.Resource, stopped)));
    }

    /// <summary>
    /// `dotnet run` mode: starts everything, prints the table, and runs until Ctrl+C or SIGTERM, then stops
    /// everything. A project that fails keeps being restarted; a database or broker that fails ends the run.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var signals = ShutdownSignals.Register(shutdown, KillAll, _hostLog);
        try
        {
            await StartAsync(shutdown.Token);
        }
        catch (AppHostException e) when (OnlyProjectsFailed())
        {
            _hostLog.Write(e.Message, isError: true);
            _console?.WriteBlock(ResourceTable.Render(_runtimes.Values, DataDirectory));
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Ctrl+C while starting: stop below.
        }
        catch
        {
            await StopAsync();
            throw;
        }

        if (!shutdown.IsCancellationRequested)
        {
            _hostLog.Write("running; press Ctrl+C to stop");
            await Task.Delay(Timeout.Infinite, shutdown.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        _hostLog.Write("stopping");
        await StopAsync();
        _hostLog.Write("stopped");
    }

    public async Task StopResourceAsync(string name)
    {
        var runtime = Runtime(name);
        await StopRuntimeAsync(runtime);
    }

    /// <summary>Starts a stopped resource again on the same ports and data; completes when it is healthy.</summary>
    public async Task StartResourceAsync(string name, CancellationToken cancellationToken = default)
    {
        var runtime = Runtime(name);
        await StartRuntimeAsync(runtime, cancellationToken);
    }

    public ResourceState GetState(string name) => Runtime(name).State;

    /// <summary>Why the resource is in its state (exit code, time to become ready), when there is something to say.</summary>
    public string? GetStateDetail(string name) => Runtime(name).StateDetail;

    /// <summary>The recent output lines of a resource (or of <see cref="HostLogName"/>).</summary>
    public IReadOnlyList<string> GetLogs(string name) => name == HostLogName ? _hostLog.Recent() : Runtime(name).Log.Recent();

    /// <summary>The file holding the whole output of a resource (or of <see cref="HostLogName"/>).</summary>
    public string GetLogFile(string name) => name == HostLogName ? _hostLog.FilePath : Runtime(name).Log.FilePath;

    /// <summary>
    /// Where a resource listens: projects "http" and "grpc"; RabbitMQ "amqp" (also "dist", "epmd");
    /// PostgreSQL "tcp". Known once <see cref="StartAsync"/> has begun.
    /// </summary>
    public Uri GetEndpoint(string name, string endpoint = ProjectResource.HttpEndpoint)
    {
        var runtime = Runtime(name);
        ThrowIfSkipped(runtime);
        var scheme = endpoint switch
        {
            ProjectResource.HttpEndpoint or ProjectResource.GrpcEndpoint => "http",
            RabbitMqResource.AmqpEndpoint => "amqp",
            _ => "tcp",
        };
        return new Uri($"{scheme}://127.0.0.1:{runtime.Port(endpoint)}");
    }

    /// <summary>ConnectionStrings__&lt;name&gt; as projects get it: a database, a PostgreSQL server, or the broker.</summary>
    public string GetConnectionString(string name)
    {
        var runtime = Runtime(name);
        return runtime.Resource switch
        {
            PostgresDatabaseResource database => ((PostgresServerRunner)Runtime(database.Server.Name).Runner!).ConnectionString(database.DatabaseName),
            PostgresServerResource => ((PostgresServerRunner)runtime.Runner!).ConnectionString(),
            RabbitMqResource => ((RabbitMqRunner)runtime.Runner!).ConnectionString,
            _ => throw new InvalidOperationException($"Resource '{name}' has no connection string."),
        };
    }

    /// <summary>Completes when the resource reaches <paramref name="state"/> (e.g. Healthy again after a restart).</summary>
    public async Task WaitForStateAsync(string name, ResourceState state, CancellationToken cancellationToken = default)
    {
        var runtime = Runtime(name);
        while (true)
        {
            var changed = _stateChanged.Task;
            if (runtime.State == state)
            {
                return;
            }
            await changed.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        try
        {
            await StopAsync();
        }
        finally
        {
            if (_processExitHooked)
            {
                AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            }
            // Throw-away data goes, except after a failure: then its logs are what explains it.
            var deleteData = _deleteDataOnDispose && !_somethingFailed && Directory.Exists(DataDirectory);
            if (_deleteDataOnDispose && _somethingFailed)
            {
                _hostLog.Write($"a resource failed: its logs are kept in {Path.Combine(DataDirectory, "logs")}", isError: true);
            }
            foreach (var runtime in _runtimes.Values)
            {
                runtime.Log.Dispose();
            }
            _hostLog.Dispose();
            if (deleteData)
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }

    /// <summary>A project that fails is restarted while the rest runs; without the database or broker nothing can.</summary>
    private bool OnlyProjectsFailed()
    {
        var failed = _runtimes.Values.Where(r => r.State == ResourceState.Failed).ToList();
        return failed.Count > 0 && failed.All(r => r.Resource is ProjectResource);
    }

    private IEnumerable<ResourceRuntime> Active => _runtimes.Values.Where(r => r.State != ResourceState.Skipped);

    private ResourceRuntime Runtime(string name) =>
        _runtimes.TryGetValue(name, out var runtime) ? runtime
        : throw new ArgumentException($"No resource named '{name}'; declared: {string.Join(", ", _runtimes.Keys)}.", nameof(name));

    private static void ThrowIfSkipped(ResourceRuntime runtime)
    {
        if (runtime.State == ResourceState.Skipped)
        {
            throw new InvalidOperationException($"Resource '{runtime.Resource.Name}' is skipped: {runtime.StateDetail}.");
        }
    }

    private IResourceRunner? CreateRunner(ResourceRuntime runtime) => runtime.Resource switch
    {
        PostgresServerResource server => new PostgresServerRunner(runtime, server, _options, DataDirectory),
        RabbitMqResource broker => new RabbitMqRunner(runtime, broker, _options, DataDirectory),
        ProjectResource { IsSkipped: false } project => new ProjectRunner(runtime, project, _options, DataDirectory, () => ProjectEnvironment.For(project, this, _options)),
        _ => null,
    };

    private ResourceLog NewLog(string name) =>
        new(name, Path.Combine(DataDirectory, "logs", name + ".log"), _options.LogLinesKept, Sink);

    private void Sink(ResourceLogLine line)
    {
        _options.LogSink?.Invoke(line);
        _console?.Write(line);
    }

    private void OnStateChanged(ResourceRuntime runtime)
    {
        var detail = runtime.StateDetail is null ? "" : $" ({runtime.StateDetail})";
        _somethingFailed |= runtime.State == ResourceState.Failed;
        _hostLog.Write($"{runtime.Resource.Name}: {runtime.State}{detail}", isError: runtime.State == ResourceState.Failed);
        Interlocked.Exchange(ref _stateChanged, NewSignal()).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>If the process exits without disposing the application (a test host torn down), stop what it started.</summary>
    private void HookProcessExit()
    {
        if (!_processExitHooked)
        {
            AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
            _processExitHooked = true;
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (!StopAsync().Wait(TimeSpan.FromSeconds(20)))
        {
            KillAll();
        }
    }

    private void KillAll()
    {
        foreach (var runtime in _runtimes.Values)
        {
            runtime.Runner?.Kill();
        }
    }
}
