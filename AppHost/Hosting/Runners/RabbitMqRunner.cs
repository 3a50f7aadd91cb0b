using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SocialPrescribing.AppHost.Hosting.Infrastructure;
using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost.Hosting.Runners;

/// <summary>
/// Runs a private RabbitMQ node from the operating system's package, configured by environment only: its
/// own HOME (Erlang cookie), Erlang port mapper port, data and config under the data folder, loopback only.
/// The generated user is created by the node's first boot (default_user), so no `guest` ever exists.
/// </summary>
internal sealed class RabbitMqRunner(ResourceRuntime runtime, RabbitMqResource broker, AppHostOptions options, string dataRoot)
    : IResourceRunner
{
    // A loaded machine (tests beside other tests) may need longer: never less than the services are given.
    private TimeSpan ReadyTimeout => TimeSpan.FromSeconds(Math.Max(60, options.HealthTimeout.TotalSeconds));

    private readonly string _bin = Prerequisites.RabbitMqBin(options);
    private readonly string _epmd = Prerequisites.Epmd();
    private (string User, string Password)? _credentials;
    private ManagedProcess? _process;
    private bool _stopping;

    private string Root => Path.Combine(dataRoot, broker.Name);
    private string Home => Path.Combine(Root, "home");
    private string MnesiaBase => Path.Combine(Root, "mnesia");
    private string PidFile => Path.Combine(Root, "node.pid");
    private string EpmdPortFile => Path.Combine(Root, "epmd.port");
    private string SecretFile => Path.Combine(dataRoot, broker.Name + ".secret");
    private int AmqpPort => runtime.Port(RabbitMqResource.AmqpEndpoint);

    public string ConnectionString
    {
        get
        {
            var (user, password) = _credentials ?? throw new InvalidOperationException($"{broker.Name} has not been prepared.");
            return $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@127.0.0.1:{AmqpPort}/";
        }
    }

    public void Prepare()
    {
        if (_credentials is not null)
        {
            return;
        }
        if (SecretStore.Read(SecretFile) is [var user, var password])
        {
            _credentials = (user, password);
            return;
        }
        // The node keeps users in its database: new credentials need a fresh one to be created at boot.
        if (Directory.Exists(MnesiaBase))
        {
            runtime.Log.Write($"no credentials in {SecretFile}: deleting {MnesiaBase} so the node boots with new ones");
            Directory.Delete(MnesiaBase, recursive: true);
        }
        _credentials = ("app-" + SecretStore.Generate(8), SecretStore.Generate(32));
        SecretStore.Write(SecretFile, _credentials.Value.User, _credentials.Value.Password);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        _stopping = false;
        await StopLeftoverNodeAsync();
        WriteConfiguration();

        _process = ManagedProcess.Start(
            new ProcessSpec(Path.Combine(_bin, "rabbitmq-server"), [], Root) { Environment = NodeEnvironment() },
            runtime.Log);
        var process = _process;
        _ = process.Exited.ContinueWith(
            exit => { if (!_stopping) runtime.SetState(ResourceState.Failed, $"exited with code {exit.Result}"); },
            TaskScheduler.Default);

        await WaitUntilAcceptingAsync(process, cancellationToken);
        runtime.SetState(ResourceState.Healthy, $"ready in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            _stopping = true;
            // The start script passes SIGTERM on to the Erlang VM, which shuts the node down cleanly (~1 s).
            await process.StopAsync(TimeSpan.FromSeconds(20));
            process.Dispose();
            _process = null;
            await StopEpmdAsync(runtime.Port(RabbitMqResource.EpmdEndpoint));
        }
    }

    public void Kill()
    {
        _stopping = true;
        _process?.Kill();
        if (runtime.Ports.TryGetValue(RabbitMqResource.EpmdEndpoint, out var port))
        {
            StopEpmdAsync(port).Wait(TimeSpan.FromSeconds(5));
        }
    }

    private IReadOnlyDictionary<string, string> NodeEnvironment() => new Dictionary<string, string>
    {
        ["HOME"] = Home,
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Root, "rabbitmq-env.conf"),
        ["RABBITMQ_NODENAME"] = $"{broker.Name}@localhost",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Text(AmqpPort),
        ["RABBITMQ_DIST_PORT"] = Text(runtime.Port(RabbitMqResource.DistributionEndpoint)),
        ["ERL_EPMD_PORT"] = Text(runtime.Port(RabbitMqResource.EpmdEndpoint)),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_MNESIA_BASE"] = MnesiaBase,
        ["RABBITMQ_LOG_BASE"] = Path.Combine(Root, "log"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(Root, "rabbitmq.conf"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Root, "advanced.config"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Root, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = PidFile,
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
    };

    private void WriteConfiguration()
    {
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Path.Combine(Root, "log"));
        var cookie = Path.Combine(Home, ".erlang.cookie");
        if (!File.Exists(cookie))
        {
            UnixFileSystem.WritePrivate(cookie, SecretStore.Generate(24).ToUpperInvariant());
            UnixFileSystem.SetMode(cookie, UnixFileMode.UserRead);
        }
        File.WriteAllText(Path.Combine(Root, "rabbitmq-env.conf"), "");
        File.WriteAllText(Path.Combine(Root, "enabled_plugins"), "[].\n");
        var (user, password) = _credentials!.Value;
        // Holds the password in clear, so it is private like the secret file.
        UnixFileSystem.WritePrivate(Path.Combine(Root, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{AmqpPort}
            default_user = {user}
            default_pass = {password}
            default_vhost = /
            default_user_tags.administrator = true
            default_permissions.configure = .*
            default_permissions.read = .*
            default_permissions.write = .*
            log.file = false
            log.console = true
            log.console.level = warning

            """);
        File.WriteAllText(EpmdPortFile, Text(runtime.Port(RabbitMqResource.EpmdEndpoint)));
    }

    /// <summary>A node (and its epmd) left running by an AppHost that was killed: stop them before starting anew.</summary>
    private async Task StopLeftoverNodeAsync()
    {
        if (File.Exists(PidFile))
        {
            if (int.TryParse(File.ReadAllText(PidFile).Trim(), out var pid) && Native.CommandLine(pid)?.Contains(Home, StringComparison.Ordinal) == true)
            {
                runtime.Log.Write($"stopping the RabbitMQ node (pid {pid}) left running by a previous run");
                Native.Signal(pid, Native.SigTerm);
                for (var waited = 0; waited < 200 && Native.CommandLine(pid) is not null; waited++)
                {
                    await Task.Delay(100);
                }
            }
            File.Delete(PidFile);
        }
        if (File.Exists(EpmdPortFile) && int.TryParse(File.ReadAllText(EpmdPortFile), out var epmdPort)
            && epmdPort != runtime.Port(RabbitMqResource.EpmdEndpoint) && await AcceptsConnectionsAsync(epmdPort, CancellationToken.None))
        {
            await StopEpmdAsync(epmdPort);
        }
    }

    /// <summary>epmd outlives the node it served; `epmd -kill` on its port ends it.</summary>
    private async Task StopEpmdAsync(int port)
    {
        var spec = new ProcessSpec(_epmd, ["-kill"], Root) { Environment = new Dictionary<string, string> { ["ERL_EPMD_PORT"] = Text(port) } };
        await ManagedProcess.RunAsync(spec, runtime.Log, TimeSpan.FromSeconds(10));
    }

    /// <summary>Ready means the AMQP port accepts connections (`rabbitmq-diagnostics ping` answers seconds too early).</summary>
    private async Task WaitUntilAcceptingAsync(ManagedProcess process, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new AppHostException($"RabbitMQ exited with code {await process.Exited} while starting.\n{runtime.Log.Tail()}");
            }
            if (deadline.Elapsed > ReadyTimeout)
            {
                throw new AppHostException($"RabbitMQ did not accept connections on port {AmqpPort} within {ReadyTimeout.TotalSeconds:0} s.\n{runtime.Log.Tail()}");
            }
            if (await AcceptsConnectionsAsync(AmqpPort, cancellationToken))
            {
                return;
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
