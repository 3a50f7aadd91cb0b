using System.Diagnostics;
using Grpc.Core;
using Npgsql;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.SystemTests;

/// <summary>
/// A server killed outright (kill -9) is started again by the AppHost, every service recovers its connections
/// on its own, and the events written around the outage reach the matcher once each: nothing lost, nothing twice.
/// </summary>
public sealed class SelfHealingTests(ScaledOutSystem system)
{
    /// <summary>
    /// What is tested is that the system heals with nobody's help, not how fast: CI runs every suite at once on two
    /// cores, where a restarted RabbitMQ node alone has taken 30 s to rebuild its message store.
    /// </summary>
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_kill_9_of_RabbitMQ_every_service_is_healthy_again_on_its_own_and_no_event_is_lost()
    {
        using var group = await VcseGroup.ConnectAsync(system, Ct);
        var pidFile = Path.Combine(system.App.DataDirectory, "messaging", "node.pid");
        var killed = await KillAsync(pidFile);
        var clock = Stopwatch.StartNew();

        // The directory keeps taking work while the node is gone: the event waits in its outbox.
        var duringOutage = await group.PublishActivityAsync($"Wednesbury knit and natter {Guid.NewGuid():N}", Ct);

        await Eventually.HoldsAsync(async () => await PidAsync(pidFile) is { } pid && pid != killed, "a new RabbitMQ node runs", Within);
        await SystemHealth.AllHealthyWithinAsync(system, Within - clock.Elapsed, "after kill -9 of RabbitMQ");
        await AssertReachedMatcherOnceAsync(duringOutage);
    }

    [Fact]
    public async Task After_kill_9_of_PostgreSQL_every_service_is_healthy_again_on_its_own_and_no_event_is_lost()
    {
        using var group = await VcseGroup.ConnectAsync(system, Ct);
        var justBefore = await group.PublishActivityAsync($"Oldbury men's shed {Guid.NewGuid():N}", Ct);
        var pidFile = Path.Combine(system.App.DataDirectory, "postgres", "postmaster.pid");
        var killed = await KillAsync(pidFile);
        var clock = Stopwatch.StartNew();

        await Eventually.HoldsAsync(async () => await PidAsync(pidFile) is { } pid && pid != killed, "a new PostgreSQL server runs", Within);
        await SystemHealth.AllHealthyWithinAsync(system, Within - clock.Elapsed, "after kill -9 of PostgreSQL");
        var justAfter = await group.PublishActivityAsync($"Rowley Regis singing {Guid.NewGuid():N}", Ct);

        await AssertReachedMatcherOnceAsync(justBefore);
        await AssertReachedMatcherOnceAsync(justAfter);
    }

    [Fact]
    public async Task A_killed_service_is_started_again_and_every_service_is_healthy_again()
    {
        var identity = $"Identity__Url={system.App.GetEndpoint("identity").ToString().TrimEnd('/')}";
        var killed = ServiceProcess("Volunteering.Api", identity) ?? throw new InvalidOperationException("No volunteering process of this system runs.");
        using (var process = Process.GetProcessById(killed))
        {
            process.Kill();
        }
        var clock = Stopwatch.StartNew();

        await Eventually.HoldsAsync(() => Task.FromResult(ServiceProcess("Volunteering.Api", identity) is { } pid && pid != killed),
            "a new volunteering process runs", Within);
        await SystemHealth.AllHealthyWithinAsync(system, Within - clock.Elapsed, "after kill -9 of the volunteering service");
    }

    /// <summary>The service's own process (not `dotnet run` around it) of this system: its environment names this system's identity service.</summary>
    private static int? ServiceProcess(string assembly, string environmentEntry)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var arguments = File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0');
                if (arguments[0].EndsWith("/" + assembly, StringComparison.Ordinal)
                    && File.ReadAllText(Path.Combine(folder, "environ")).Split('\0').Contains(environmentEntry))
                {
                    return int.Parse(Path.GetFileName(folder), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A process that ended meanwhile, or not ours to read.
            }
        }
        return null;
    }

    /// <summary>SIGKILL to the process named on the first line of the server's own pid file.</summary>
    private static async Task<int> KillAsync(string pidFile)
    {
        var pid = await PidAsync(pidFile) ?? throw new InvalidOperationException($"{pidFile} names no process.");
        using var process = Process.GetProcessById(pid);
        process.Kill();
        return pid;
    }

    private static async Task<int?> PidAsync(string pidFile)
    {
        try
        {
            var first = (await File.ReadAllLinesAsync(pidFile, Ct)).FirstOrDefault();
            return int.TryParse(first, out var pid) && Directory.Exists($"/proc/{pid}") ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private async Task AssertReachedMatcherOnceAsync(Guid activityId)
    {
        var matching = new Matching.MatchingClient(system.CreateGrpcChannel("matching"));
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                await matching.GetKnownActivityAsync(new GetKnownActivityRequest { ActivityId = activityId.ToString() }, cancellationToken: Ct);
                return true;
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.Unavailable)
            {
                return false;
            }
        }, $"the matcher knows activity {activityId}", Within);

        // The directory wrote the activity's publication once; the relay may publish it more than once around an outage
        // (a publish whose commit was lost is repeated), and the matcher's inbox applies that message once.
        List<Guid> written = [];
        await Eventually.HoldsAsync(async () =>
        {
            written = await QueryAsync<Guid>("directory-db",
                "SELECT id FROM outbox_messages WHERE event_type LIKE '%ActivityPublished%' AND payload::text LIKE '%' || @id || '%' AND published_at IS NOT NULL", activityId);
            return written.Count > 0;
        }, $"the directory's outbox marks the publication of {activityId} as published", Within);
        var messageId = Assert.Single(written);
        var applied = await QueryAsync<long>("matching-db", "SELECT count(*) FROM inbox_messages WHERE message_id = @id::uuid", messageId);
        Assert.Equal(1L, Assert.Single(applied));
    }

    private async Task<List<T>> QueryAsync<T>(string database, string sql, Guid id)
    {
        // Unpooled: a pooled connection from before the kill would be a dead one.
        var unpooled = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync(database)) { Pooling = false };
        await using var connection = new NpgsqlConnection(unpooled.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id.ToString());
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }
        return rows;
    }
}
