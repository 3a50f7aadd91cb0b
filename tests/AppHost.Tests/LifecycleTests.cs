using System.Net;
using System.Net.Sockets;
using Npgsql;
using RabbitMQ.Client;
using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.AppHost.Hosting.Infrastructure;

namespace SocialPrescribing.AppHost.Tests;

public sealed class LifecycleTests
{
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Disposing_leaves_no_process_listening_and_no_data_behind()
    {
        var builder = TestApps.Builder();
        var messaging = builder.AddRabbitMQ("messaging");
        builder.AddPostgres("postgres").AddDatabase("only-db");
        builder.AddProject("alpha", TestApps.TestServiceProject).WithReference(messaging).WaitFor(messaging);
        var app = await TestApps.StartAsync(builder);
        var ports = new[] { ("postgres", "tcp"), ("messaging", "amqp"), ("messaging", "dist"), ("messaging", "epmd"), ("alpha", "http"), ("alpha", "grpc") }
            .Select(e => app.GetEndpoint(e.Item1, e.Item2).Port)
            .ToList();
        Assert.All(ports, port => Assert.True(Listening(port), $"nothing listens on {port} while running"));

        await app.DisposeAsync();

        Assert.All(ports, port => Assert.False(Listening(port), $"port {port} still listens"));
        // postgres runs with -D <data>/postgres, the Erlang VM with -home <data>/messaging/home.
        Assert.Empty(Native.ProcessesMentioning(app.DataDirectory));
        Assert.False(Directory.Exists(app.DataDirectory));
    }

    [Fact]
    public async Task A_second_start_on_a_kept_data_folder_reuses_its_data_and_credentials()
    {
        var folder = Directory.CreateTempSubdirectory("apphost-tests-kept-").FullName;
        try
        {
            var options = new AppHostOptions { DataDirectory = folder };
            string firstBroker;
            await using (var first = await StartDatabaseAndBroker(options))
            {
                await Execute(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
                firstBroker = first.GetConnectionString("messaging");
            }

            await using var second = await StartDatabaseAndBroker(options);

            Assert.Equal("still here", await Execute(second, "SELECT note FROM kept"));
            Assert.Equal(new Uri(firstBroker).UserInfo, new Uri(second.GetConnectionString("messaging")).UserInfo);
            await using var connection = await new ConnectionFactory { Uri = new Uri(second.GetConnectionString("messaging")) }.CreateConnectionAsync(Cancellation);
            Assert.True(connection.IsOpen);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Servers_left_running_by_a_previous_run_are_stopped_before_starting_anew()
    {
        var folder = Directory.CreateTempSubdirectory("apphost-tests-leftover-").FullName;
        try
        {
            var options = new AppHostOptions { DataDirectory = folder };
            // Never stopped while the second starts: as if its AppHost had been killed.
            await using var abandoned = await StartDatabaseAndBroker(options);
            var abandonedPorts = new[] { abandoned.GetEndpoint("postgres", "tcp").Port, abandoned.GetEndpoint("messaging", "epmd").Port };

            await using var next = await StartDatabaseAndBroker(options);

            Assert.Equal("1", (await Execute(next, "SELECT 1"))?.ToString());
            Assert.All(abandonedPorts, port => Assert.False(Listening(port), $"the abandoned run still listens on {port}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_PostgreSQL_is_reported_in_one_line_that_names_the_fix()
    {
        var builder = TestApps.Builder(new AppHostOptions { PostgresBinDirectory = "/nonexistent/postgresql/bin" });
        builder.AddPostgres("postgres");

        var missing = Assert.Throws<AppHostException>(builder.Build);

        Assert.Contains("/nonexistent/postgresql/bin", missing.Message, StringComparison.Ordinal);
        Assert.Contains("PostgresBinDirectory", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', missing.Message);
    }

    [Fact]
    public void A_missing_RabbitMQ_is_reported_in_one_line_that_names_the_package()
    {
        var builder = TestApps.Builder(new AppHostOptions { RabbitMqBinDirectory = "/nonexistent/rabbitmq/bin" });
        builder.AddRabbitMQ("messaging");

        var missing = Assert.Throws<AppHostException>(builder.Build);

        Assert.StartsWith("RabbitMQ is not installed", missing.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y rabbitmq-server", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', missing.Message);
    }

    [Fact]
    public void Resources_that_wait_for_each_other_in_a_circle_are_refused()
    {
        var builder = TestApps.Builder();
        var first = builder.AddProject("first", TestApps.TestServiceProject);
        var second = builder.AddProject("second", TestApps.TestServiceProject).WaitFor(first);
        first.WaitFor(second);

        var circle = Assert.Throws<AppHostException>(builder.Build);

        Assert.Contains("first -> second -> first", circle.Message, StringComparison.Ordinal);
    }

    private async Task<DistributedApplication> StartDatabaseAndBroker(AppHostOptions options)
    {
        var builder = DistributedApplicationBuilder.Create(options);
        builder.AddPostgres("postgres").AddDatabase("kept-db");
        builder.AddRabbitMQ("messaging");
        return await TestApps.StartAsync(builder);
    }

    private async Task<object?> Execute(DistributedApplication app, string sql)
    {
        await using var connection = new NpgsqlConnection(app.GetConnectionString("kept-db"));
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Cancellation);
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
