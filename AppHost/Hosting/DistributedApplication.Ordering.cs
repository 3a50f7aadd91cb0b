using SocialPrescribing.AppHost.Hosting.Infrastructure;
using SocialPrescribing.AppHost.Hosting.Resources;
using SocialPrescribing.AppHost.Hosting.Runners;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>Starting resources after what they wait for, and stopping them before what they depend on.</summary>
public sealed partial class DistributedApplication
{
    /// <summary>What must be healthy first: what it waits for, and a database's server.</summary>
    private static IEnumerable<Resource> StartAfter(Resource resource) =>
        resource is PostgresDatabaseResource database ? resource.WaitsFor.Append(database.Server) : resource.WaitsFor;

    private Task StartOnceAsync(Resource resource, Dictionary<Resource, Task> started, CancellationToken cancellationToken)
    {
        lock (started)
        {
            if (!started.TryGetValue(resource, out var task))
            {
                task = StartAfterDependenciesAsync(resource, started, cancellationToken);
                started[resource] = task;
            }
            return task;
        }
    }

    private async Task StartAfterDependenciesAsync(Resource resource, Dictionary<Resource, Task> started, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var runtime = _runtimes[resource.Name];
        var dependencies = StartAfter(resource).Where(d => _runtimes[d.Name].State != ResourceState.Skipped).ToList();
        if (dependencies.Count > 0)
        {
            runtime.SetState(ResourceState.Waiting, "for " + string.Join(", ", dependencies));
        }
        foreach (var dependency in dependencies)
        {
            try
            {
                await StartOnceAsync(dependency, started, cancellationToken);
            }
            catch (AppHostException)
            {
                runtime.SetState(ResourceState.Failed, $"{dependency.Name} did not start");
                throw new AppHostException($"- {resource.Name} was not started: {dependency.Name}, which it waits for, did not start.");
            }
        }
        await StartRuntimeAsync(runtime, cancellationToken);
    }

    private async Task StartRuntimeAsync(ResourceRuntime runtime, CancellationToken cancellationToken)
    {
        ThrowIfSkipped(runtime);
        if (runtime.State is ResourceState.Starting or ResourceState.Healthy or ResourceState.Restarting)
        {
            return;
        }
        if (runtime.Runner is null)
        {
            runtime.SetState(ResourceState.Healthy);
            return;
        }
        runtime.SetState(ResourceState.Starting);
        try
        {
            await runtime.Runner.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            runtime.SetState(ResourceState.Failed, e.Message.Split('\n')[0]);
            throw new AppHostException($"- {runtime.Resource.Name}: {e.Message}", e);
        }
    }

    private Task StopOnceAsync(Resource resource, Dictionary<Resource, Task> stopped)
    {
        lock (stopped)
        {
            if (!stopped.TryGetValue(resource, out var task))
            {
                task = StopAfterDependentsAsync(resource, stopped);
                stopped[resource] = task;
            }
            return task;
        }
    }

    private async Task StopAfterDependentsAsync(Resource resource, Dictionary<Resource, Task> stopped)
    {
        await Task.Yield();
        var dependents = _runtimes.Values.Select(r => r.Resource)
            .Where(r => r.Dependencies.Contains(resource) || StartAfter(r).Contains(resource));
        await Task.WhenAll(dependents.Select(d => StopOnceAsync(d, stopped)));
        await StopRuntimeAsync(_runtimes[resource.Name]);
    }

    private async Task StopRuntimeAsync(ResourceRuntime runtime)
    {
        if (runtime.State is ResourceState.NotStarted or ResourceState.Skipped or ResourceState.Stopped)
        {
            return;
        }
        runtime.SetState(ResourceState.Stopping);
        try
        {
            if (runtime.Runner is not null)
            {
                await runtime.Runner.StopAsync();
            }
            runtime.SetState(ResourceState.Stopped);
        }
        catch (Exception e) when (e is AppHostException or IOException or InvalidOperationException)
        {
            // Stopping must not leave a process behind, even when the orderly way fails.
            runtime.Log.Write($"orderly stop failed ({e.Message}); killing", isError: true);
            runtime.Runner?.Kill();
            runtime.SetState(ResourceState.Stopped, "killed");
        }
    }
}
