using System.Diagnostics;
using Npgsql;
using SocialPrescribing.AppHost.Hosting.Infrastructure;
using SocialPrescribing.AppHost.Hosting.Resources;

namespace SocialPrescribing.AppHost.Hosting.Runners;

/// <summary>
/// Runs a private PostgreSQL server from the operating system's package: data under the data folder,
/// listening on 127.0.0.1 only, password (SCRAM) authentication with a generated password, and each
/// declared database created when missing.
/// </summary>
internal sealed class PostgresServerRunner(ResourceRuntime runtime, PostgresServerResource server, AppHostOptions options, string dataRoot)
    : IResourceRunner
{
    private const string SuperUser = "postgres";
    // A loaded machine (tests beside other tests) may need longer: never less than the services are given.
    private TimeSpan ReadyTimeout => TimeSpan.FromSeconds(Math.Max(30, options.HealthTimeout.TotalSeconds));

    private readonly string _bin = Prerequisites.PostgresBin(options);
    private readonly string? _runUser = Prerequisites.RunUserWhenRoot();
    private string? _password;
    private ManagedProcess? _process;
    private bool _stopping;

    private string DataDirectory => Path.Combine(dataRoot, server.Name);
    private string SocketDirectory => Path.Combine(dataRoot, server.Name + "-socket");
    private string SecretFile => Path.Combine(dataRoot, server.Name + ".secret");
    private bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    public string ConnectionString(string? database = null) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = runtime.Port(PostgresServerResource.EndpointName),
        Username = SuperUser,
        Password = _password ?? throw new InvalidOperationException($"{server.Name} has not been prepared."),
        Database = database,
    }.ConnectionString;

    public void Prepare()
    {
        if (_password is not null)
        {
            return;
        }
        var stored = SecretStore.Read(SecretFile)?.FirstOrDefault();
        if (stored is null && IsInitialized)
        {
            throw new AppHostException(
                $"PostgreSQL's data in {DataDirectory} has no password file {SecretFile}: restore the file, " +
                $"or delete {DataDirectory} to start afresh (its data is lost).");
        }
        _password = stored ?? SecretStore.Generate(32);
        if (stored is null)
        {
            SecretStore.Write(SecretFile, _password);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        _stopping = false;
        await PrepareDirectoriesAsync();
        await StopLeftoverServerAsync();
        if (!IsInitialized)
        {
            await InitializeAsync();
        }

        _process = ManagedProcess.Start(Command("postgres", ServerArguments()), runtime.Log);
        var process = _process;
        _ = process.Exited.ContinueWith(
            exit => { if (!_stopping) runtime.SetState(ResourceState.Failed, $"exited with code {exit.Result}"); },
            TaskScheduler.Default);

        await WaitUntilAcceptingAsync(process, cancellationToken);
        await CreateMissingDatabasesAsync(cancellationToken);
        runtime.SetState(ResourceState.Healthy, $"ready in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }
        _stopping = true;
        await ManagedProcess.RunAsync(Command("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop"), runtime.Log, TimeSpan.FromSeconds(30));
        await process.StopAsync(TimeSpan.FromSeconds(10));
        process.Dispose();
        _process = null;
    }

    public void Kill()
    {
        _stopping = true;
        _process?.Kill();
    }

    private string[] ServerArguments()
    {
        string[] arguments =
        [
            "-D", DataDirectory,
            "-p", runtime.Port(PostgresServerResource.EndpointName).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-k", SocketDirectory,
            "-c", "listen_addresses=127.0.0.1",
            "-c", "max_connections=200",
        ];
        // Durability traded for speed: only for throw-away test data.
        string[] unsafeButFast = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
        return options.Ephemeral ? [.. arguments, .. unsafeButFast] : arguments;
    }

    /// <summary>A PostgreSQL program, run as the `postgres` user when we are root (PostgreSQL refuses root).</summary>
    private ProcessSpec Command(string program, params string[] arguments)
    {
        var executable = Path.Combine(_bin, program);
        return _runUser is null
            ? new ProcessSpec(executable, arguments, dataRoot)
            : new ProcessSpec(_runUser, ["-u", SuperUser, "--", executable, .. arguments], dataRoot);
    }

    private async Task PrepareDirectoriesAsync()
    {
        UnixFileSystem.CreateDirectory(DataDirectory, UnixFileSystem.PrivateDirectory);
        UnixFileSystem.CreateDirectory(SocketDirectory, UnixFileSystem.PrivateDirectory);
        if (_runUser is not null)
        {
            // Everything inside is created by the postgres user itself (initdb, the server).
            await RunCheckedAsync(new ProcessSpec("chown", [$"{SuperUser}:{SuperUser}", DataDirectory, SocketDirectory], dataRoot), "chown");
        }
    }

    /// <summary>A server left running by an AppHost that was killed holds the data folder: stop it; clear a stale lock file.</summary>
    private async Task StopLeftoverServerAsync()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }
        var pid = int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var p) ? p : 0;
        if (pid > 0 && Native.CommandLine(pid)?.Contains("postgres", StringComparison.Ordinal) == true)
        {
            runtime.Log.Write($"stopping PostgreSQL (pid {pid}) left running by a previous run");
            await ManagedProcess.RunAsync(Command("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop"), runtime.Log, TimeSpan.FromSeconds(30));
        }
        else
        {
            File.Delete(pidFile);
        }
    }

    private async Task InitializeAsync()
    {
        // initdb reads the password from a file the postgres user can read; it lives only for the call.
        var passwordFile = Path.Combine(SocketDirectory, "initdb.pw");
        UnixFileSystem.WritePrivate(passwordFile, _password + "\n");
        try
        {
            if (_runUser is not null)
            {
                await RunCheckedAsync(new ProcessSpec("chown", [$"{SuperUser}:{SuperUser}", passwordFile], dataRoot), "chown");
            }
            string[] arguments =
            [
                "-D", DataDirectory, "-U", SuperUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions",
            ];
            await RunCheckedAsync(Command("initdb", options.Ephemeral ? [.. arguments, "--no-sync"] : arguments), "initdb");
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task RunCheckedAsync(ProcessSpec spec, string what)
    {
        var exitCode = await ManagedProcess.RunAsync(spec, runtime.Log, TimeSpan.FromSeconds(60));
        if (exitCode != 0)
        {
            throw new AppHostException($"{what} failed with exit code {exitCode} for {server.Name}.\n{runtime.Log.Tail()}");
        }
    }

    private async Task WaitUntilAcceptingAsync(ManagedProcess process, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString(SuperUser)) { Pooling = false, Timeout = 2 }.ConnectionString;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new AppHostException($"PostgreSQL exited with code {await process.Exited} while starting.\n{runtime.Log.Tail()}");
            }
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidPassword)
            {
                throw new AppHostException(
                    $"PostgreSQL in {DataDirectory} rejects the password in {SecretFile}: restore the right file, " +
                    $"or delete {DataDirectory} to start afresh (its data is lost).", e);
            }
            catch (NpgsqlException) when (deadline.Elapsed < ReadyTimeout)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private async Task CreateMissingDatabasesAsync(CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString(SuperUser)) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken);
        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = database.DatabaseName } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                var quoted = "\"" + database.DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
                runtime.Log.Write($"created database {database.DatabaseName}");
            }
        }
    }
}
