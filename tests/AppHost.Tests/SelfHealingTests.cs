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
        var postmasterPid = Path.Combine(app.DataDirectory, "postgres", "postmaster.pid");
        var killed = LocalProcesses.PidIn(postmasterPid) ?? throw new InvalidOperationException("PostgreSQL wrote no postmaster.pid.");

        LocalProcesses.Kill(killed);

        await Eventually.HoldsAsync(
            async () => LocalProcesses.PidIn(postmasterPid) is { } pid && pid != killed && await Sql.AcceptsAsync(server),
            "a new PostgreSQL accepts the same connection string", BackWithin);
        Assert.Equal(server, await app.GetConnectionStringAsync("postgres"));
        Assert.Equal(port, app.GetEndpoint("postgres", "tcp").Port);
        Assert.Equal("written before", await Sql.ScalarAsync(server, "SELECT note FROM before_the_kill"));
        await Eventually.HoldsAsync(() => Task.FromResult(IsRunningAndHealthy(app, "postgres")), "the dashboard shows postgres healthy again", BackWithin);
    }

    [Fact]
    public async Task A_killed_RabbitMQ_node_is_started_again_on_the_same_port_for_the_generated_user()
    {
        await using var app = await TestApps.InfrastructureAsync();
        var broker = await app.GetConnectionStringAsync("messaging");
        var port = app.GetEndpoint("messaging", "amqp").Port;
        // RABBITMQ_PID_FILE: the Erlang VM (beam.smp) itself, under the rabbitmq-server script.
        var nodePid = Path.Combine(app.DataDirectory, "messaging", "node.pid");
        var killed = LocalProcesses.PidIn(nodePid) ?? throw new InvalidOperationException("RabbitMQ wrote no node.pid.");

        LocalProcesses.Kill(killed);

        await Eventually.HoldsAsync(
            async () => LocalProcesses.PidIn(nodePid) is { } pid && pid != killed && await Amqp.AcceptsAsync(broker),
            "a new RabbitMQ node accepts the generated user", BackWithin);
        Assert.Equal(broker, await app.GetConnectionStringAsync("messaging"));
        Assert.Equal(port, app.GetEndpoint("messaging", "amqp").Port);
        await Eventually.HoldsAsync(() => Task.FromResult(IsRunningAndHealthy(app, "messaging")), "the dashboard shows messaging healthy again", BackWithin);
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

    private static bool IsRunningAndHealthy(AspireApp app, string resource) =>
        app.Instances(resource).Single().Snapshot is { HealthStatus: HealthStatus.Healthy } snapshot && snapshot.State?.Text == KnownResourceStates.Running;
}
