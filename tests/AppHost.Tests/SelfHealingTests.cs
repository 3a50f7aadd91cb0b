using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>Each test kills or stops a server, so each has an application of its own.</summary>
public sealed class SelfHealingTests
{
    private static readonly TimeSpan BackWithin = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_killed_PostgreSQL_is_started_again_on_the_same_port_with_its_data()
    {
        await using var app = await TestApps.PostgresAsync();
        var server = await app.GetConnectionStringAsync("postgres");
        var port = app.GetEndpoint("postgres", "tcp").Port;
        // Committed as in a durable run: the throw-away folder's synchronous_commit=off could lose the last commit.
        await Sql.ScalarAsync(server, "SET synchronous_commit = on; CREATE TABLE before_the_kill (note text); INSERT INTO before_the_kill VALUES ('written before')");

        await KillAndWaitForReplacementAsync(app, "postgres", Path.Combine(app.DataDirectory, "postgres", "postmaster.pid"), () => Sql.AcceptsAsync(server));

        Assert.Equal(server, await app.GetConnectionStringAsync("postgres"));
        Assert.Equal(port, app.GetEndpoint("postgres", "tcp").Port);
        Assert.Equal("written before", await Sql.ScalarAsync(server, "SELECT note FROM before_the_kill"));
    }

    [Fact]
    public async Task A_killed_RabbitMQ_node_is_started_again_on_the_same_port_for_the_generated_user()
    {
        await using var app = await TestApps.InfrastructureAsync();
        var broker = await app.GetConnectionStringAsync("messaging");
        var port = app.GetEndpoint("messaging", "amqp").Port;

        // RABBITMQ_PID_FILE holds the Erlang VM's (beam.smp) pid, not the rabbitmq-server script's.
        await KillAndWaitForReplacementAsync(app, "messaging", Path.Combine(app.DataDirectory, "messaging", "node.pid"), () => Amqp.AcceptsAsync(broker));

        Assert.Equal(broker, await app.GetConnectionStringAsync("messaging"));
        Assert.Equal(port, app.GetEndpoint("messaging", "amqp").Port);
    }

    [Fact]
    public async Task A_PostgreSQL_stopped_by_command_stays_stopped_until_started_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApps.PostgresAsync();
        var server = await app.GetConnectionStringAsync("postgres");

        await app.StopAsync("postgres", ct);

        // Longer than the restarter's first back-off (1 s) and a start.
        for (var seen = DateTime.UtcNow; DateTime.UtcNow - seen < TimeSpan.FromSeconds(6); await Task.Delay(250, ct))
        {
            Assert.False(await Sql.AcceptsAsync(server), "PostgreSQL accepts connections after a stop command");
            Assert.DoesNotContain(app.Instances("postgres").Single().Snapshot.State?.Text, new[] { KnownResourceStates.Starting, KnownResourceStates.Running });
        }

        await app.StartAsync("postgres", ct);

        await Eventually.HoldsAsync(() => Sql.AcceptsAsync(server), "PostgreSQL accepts connections after a start command", BackWithin);
    }

    /// <summary>
    /// kill -9 of the server whose pid is in <paramref name="pidFile"/>, with no chance to clean up (a crash, the OOM
    /// killer); returns once another process has written the file, accepts clients and shows healthy.
    /// </summary>
    private static async Task KillAndWaitForReplacementAsync(AspireApp app, string resource, string pidFile, Func<Task<bool>> accepts)
    {
        var killed = LocalProcesses.PidIn(pidFile) ?? throw new InvalidOperationException($"{resource} wrote no {pidFile}.");
        LocalProcesses.Kill(killed);
        await Eventually.HoldsAsync(
            async () => LocalProcesses.PidIn(pidFile) is { } pid && pid != killed && await accepts(), $"a new {resource} accepts clients", BackWithin);
        await Eventually.HoldsAsync(() => Task.FromResult(IsRunningAndHealthy(app, resource)), $"the dashboard shows {resource} healthy again", BackWithin);
    }

    private static bool IsRunningAndHealthy(AspireApp app, string resource) =>
        app.Instances(resource).Single().Snapshot is { HealthStatus: HealthStatus.Healthy } snapshot && snapshot.State?.Text == KnownResourceStates.Running;
}
