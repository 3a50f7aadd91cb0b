using System.Diagnostics;
using System.Reflection;
using System.Xml.Linq;
using SocialPrescribing.AppHost.Hosting.Infrastructure;
using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost.Hosting.Runners;

/// <summary>
/// Runs a project's built dll with `dotnet` (building it first when the dll is missing), waits until GET /health
/// answers 200, and restarts it with exponential back-off when it exits on its own.
/// </summary>
internal sealed class ProjectRunner(
    ResourceRuntime runtime,
    ProjectResource project,
    AppHostOptions options,
    string dataRoot,
    Func<IReadOnlyDictionary<string, string>> environment) : IResourceRunner
{
    private static readonly SemaphoreSlim BuildGate = new(1, 1);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private CancellationTokenSource? _stop;
    private Task? _supervision;
    private ManagedProcess? _process;
    private TaskCompletionSource? _healthy;

    private string ProjectDirectory => Path.GetDirectoryName(project.ProjectPath)!;

    private string Dll => Path.Combine(ProjectDirectory, "bin", BuildConfiguration, TargetFramework, AssemblyName + ".dll");

    /// <summary>The AppHost's own configuration unless told otherwise: building it built the projects the same way.</summary>
    private string BuildConfiguration => options.BuildConfiguration
        ?? typeof(ProjectRunner).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
        ?? "Debug";

    /// <summary>The AppHost's own target framework (e.g. net10.0): Directory.Build.props gives every project the same.</summary>
    private static string TargetFramework =>
        "net" + new System.Runtime.Versioning.FrameworkName(AppContext.TargetFrameworkName ?? ".NETCoreApp,Version=v10.0").Version.ToString(2);

    private string AssemblyName =>
        XDocument.Load(project.ProjectPath).Descendants("AssemblyName").FirstOrDefault()?.Value
        ?? Path.GetFileNameWithoutExtension(project.ProjectPath);

    /// <summary>Records the running process, so a run after a killed AppHost can end it.</summary>
    private string PidFile => Path.Combine(dataRoot, "run", project.Name + ".pid");

    private Uri HealthUri => new($"http://127.0.0.1:{runtime.Port(ProjectResource.HttpEndpoint)}/health");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_supervision is { IsCompleted: false })
        {
            return;
        }
        await EnsureBuiltAsync(cancellationToken);
        StopLeftoverProcess();
        _stop = new CancellationTokenSource();
        _healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _supervision = SuperviseAsync(_stop.Token);

        var healthy = _healthy.Task;
        var timeout = Task.Delay(options.HealthTimeout, cancellationToken);
        if (await Task.WhenAny(healthy, timeout) != healthy)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new AppHostException(
                $"{project.Name} did not answer GET {HealthUri} with 200 within {options.HealthTimeout.TotalSeconds:0} s " +
                $"(it is left running, and restarted when it exits).\n{runtime.Log.Tail()}");
        }
    }

    public async Task StopAsync()
    {
        if (_stop is null || _supervision is null)
        {
            return;
        }
        // The supervision loop sees the cancellation and stops the process gracefully.
        await _stop.CancelAsync();
        await _supervision;
        _stop.Dispose();
        _stop = null;
        _supervision = null;
    }

    public void Kill()
    {
        _stop?.Cancel();
        _process?.Kill();
    }

    /// <summary>Starts the process, watches its health, and starts it again after an exit nobody asked for.</summary>
    private async Task SuperviseAsync(CancellationToken stop)
    {
        var backoff = FirstBackoff;
        while (!stop.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            using var process = ManagedProcess.Start(Launch(), runtime.Log);
            _process = process;
            File.WriteAllText(PidFile, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            runtime.SetState(ResourceState.Starting, $"pid {process.Id}");
            if (await WaitUntilHealthyAsync(process, stop))
            {
                backoff = FirstBackoff;
                runtime.SetState(ResourceState.Healthy, $"healthy in {clock.Elapsed.TotalSeconds:0.0} s");
                _healthy!.TrySetResult();
            }
            await Task.WhenAny(process.Exited, Task.Delay(Timeout.Infinite, stop));
            if (stop.IsCancellationRequested)
            {
                await process.StopAsync(options.StopGracePeriod);
                File.Delete(PidFile);
                return;
            }
            var exitCode = await process.Exited;
            runtime.SetState(ResourceState.Restarting, $"exited with code {exitCode}; starting again in {backoff.TotalSeconds:0} s");
            try
            {
                await Task.Delay(backoff, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    private void StopLeftoverProcess()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PidFile)!);
        if (File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile), out var pid)
            && Native.CommandLine(pid)?.Contains(Dll, StringComparison.Ordinal) == true)
        {
            runtime.Log.Write($"killing {project.Name} (pid {pid}) left running by a previous run");
            try
            {
                using var leftover = Process.GetProcessById(pid);
                leftover.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // It exited meanwhile.
            }
        }
    }

    private ProcessSpec Launch() =>
        new(DotnetHost.Path, [Dll], ProjectDirectory) { Environment = environment() };

    /// <summary>True once /health answers 200; false when the process exits first or the AppHost is stopping.</summary>
    private async Task<bool> WaitUntilHealthyAsync(ManagedProcess process, CancellationToken stop)
    {
        while (!process.HasExited && !stop.IsCancellationRequested)
        {
            try
            {
                using var response = await Http.GetAsync(HealthUri, stop);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException)
            {
                // Stopping, or a request timed out: the loop condition decides.
            }
            await Task.WhenAny(process.Exited, Task.Delay(250, CancellationToken.None));
        }
        return false;
    }

    /// <summary>
    /// Building the AppHost builds the services; this covers a project that appeared since, or a test run
    /// with --no-build. One build at a time: projects share ServiceDefaults and would race on its outputs.
    /// </summary>
    private async Task EnsureBuiltAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Dll))
        {
            return;
        }
        await BuildGate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(Dll))
            {
                return;
            }
            runtime.Log.Write($"{Dll} is missing: building {project.ProjectPath} ({BuildConfiguration})");
            var clock = Stopwatch.StartNew();
            var build = new ProcessSpec(DotnetHost.Path, ["build", project.ProjectPath, "-c", BuildConfiguration, "-nologo", "-v", "quiet"], ProjectDirectory);
            var exitCode = await ManagedProcess.RunAsync(build, runtime.Log, TimeSpan.FromMinutes(5));
            if (exitCode != 0 || !File.Exists(Dll))
            {
                throw new AppHostException($"Building {project.ProjectPath} failed (exit code {exitCode}).\n{runtime.Log.Tail()}");
            }
            runtime.Log.Write($"built in {clock.Elapsed.TotalSeconds:0} s");
        }
        finally
        {
            BuildGate.Release();
        }
    }
}
