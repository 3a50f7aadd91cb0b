using System.Diagnostics;

namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

/// <summary>What to run: the command, its folder and the environment it gets on top of the AppHost's own.</summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// A child process whose output lines go to a <see cref="ResourceLog"/>. It runs in its own session
/// (setsid), so a Ctrl+C in the terminal reaches only the AppHost, which then stops everything in order.
/// </summary>
internal sealed class ManagedProcess : IDisposable
{
    private const string SetSid = "/usr/bin/setsid";

    // Inherited from `dotnet run`/`dotnet test`, these would redirect a child's own build or its listening addresses.
    private static readonly string[] NotInherited = ["ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "HTTP_PORTS", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH"];

    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ManagedProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Completes with the exit code when the process exits (not waiting for inherited pipes to close).</summary>
    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public static ManagedProcess Start(ProcessSpec spec, ResourceLog log)
    {
        var info = new ProcessStartInfo
        {
            FileName = File.Exists(SetSid) ? SetSid : spec.FileName,
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (File.Exists(SetSid))
        {
            info.ArgumentList.Add(spec.FileName);
        }
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var name in NotInherited)
        {
            info.Environment.Remove(name);
        }
        foreach (var (key, value) in spec.Environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var managed = new ManagedProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Write(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Write(e.Data, isError: true); };
        process.Exited += (_, _) => managed._exited.TrySetResult(process.ExitCode);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new AppHostException($"Cannot start {spec.FileName}: {e.Message}", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Nothing reads stdin; closing it also keeps .NET children from touching the terminal's settings.
        process.StandardInput.Close();
        return managed;
    }

    /// <summary>SIGTERM, then the whole process tree is killed if it has not exited within <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (HasExited)
        {
            return;
        }
        Native.Signal(Id, Native.SigTerm);
        if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
        {
            Kill();
            await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(5)));
        }
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    /// <summary>Runs a short command to completion, its output going to <paramref name="log"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(ProcessSpec spec, ResourceLog log, TimeSpan timeout)
    {
        using var process = Start(spec, log);
        if (await Task.WhenAny(process.Exited, Task.Delay(timeout)) != process.Exited)
        {
            process.Kill();
            throw new AppHostException($"{spec.FileName} {string.Join(' ', spec.Arguments)} did not finish within {timeout.TotalSeconds:0} s.\n{log.Tail()}");
        }
        await process.DrainOutputAsync();
        return await process.Exited;
    }

    /// <summary>
    /// Lets the last output lines arrive after an exit, so error messages include them; bounded, because a
    /// daemon it started (a build server, epmd) may hold the pipes open for good.
    /// </summary>
    private async Task DrainOutputAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A daemon kept the pipe open; what arrived is enough.
        }
    }

    public void Dispose() => _process.Dispose();
}
