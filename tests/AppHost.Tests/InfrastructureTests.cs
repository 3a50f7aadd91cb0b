using System.Net;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace SocialPrescribing.AppHost.Tests;

[Collection(nameof(SharedInfrastructure))]
public sealed class InfrastructureTests(InfrastructureApp infrastructure)
{
    private TestKit.Hosting.AspireApp App => infrastructure.App;

    [Fact]
    public async Task PostgreSQL_accepts_the_generated_password()
    {
        var server = await App.GetConnectionStringAsync("postgres");

        Assert.Equal(App.Secret("postgres"), new NpgsqlConnectionStringBuilder(server).Password);
        Assert.Equal("postgres", await Sql.ScalarAsync(server, "SELECT current_user"));
    }

    [Fact]
    public async Task PostgreSQL_refuses_a_wrong_password()
    {
        var wrong = new NpgsqlConnectionStringBuilder(await App.GetConnectionStringAsync("postgres")) { Password = "not-the-password" };

        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sql.ScalarAsync(wrong.ConnectionString, "SELECT 1"));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
    }

    [Fact]
    public async Task A_database_declared_on_the_postgres_resource_is_created()
    {
        var database = await App.GetConnectionStringAsync(InfrastructureApp.ProbeDatabase);

        Assert.Equal(InfrastructureApp.ProbeDatabase, await Sql.ScalarAsync(database, "SELECT current_database()"));
    }

    [Theory]
    [InlineData("postgres", "tcp")]
    [InlineData("messaging", "amqp")]
    [InlineData("messaging-epmd", "epmd")]
    public void Servers_listen_on_loopback_only(string resource, string endpoint)
    {
        var listening = LocalProcesses.ListeningOn(App.GetEndpoint(resource, endpoint).Port);

        // PostgreSQL and RabbitMQ are told 127.0.0.1; epmd adds ::1 to any address it is given.
        Assert.NotEmpty(listening);
        Assert.All(listening, address => Assert.True(IPAddress.IsLoopback(address), $"{resource} listens on {address}"));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("messaging")]
    public void Generated_secrets_are_readable_by_their_owner_only(string secret)
    {
        var mode = File.GetUnixFileMode(Path.Combine(App.DataDirectory, secret + ".secret"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public async Task RabbitMQ_accepts_the_generated_user()
    {
        var broker = new Uri(await App.GetConnectionStringAsync("messaging"));

        await using var connection = await Amqp.ConnectAsync(broker.ToString());

        Assert.True(connection.IsOpen);
        Assert.StartsWith("app-", broker.UserInfo, StringComparison.Ordinal);
        Assert.EndsWith(":" + File.ReadAllLines(Path.Combine(App.DataDirectory, "messaging.secret"))[1], broker.UserInfo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RabbitMQ_refuses_guest()
    {
        var asGuest = new UriBuilder(await App.GetConnectionStringAsync("messaging")) { UserName = "guest", Password = "guest" };

        var refused = await Assert.ThrowsAsync<BrokerUnreachableException>(() => Amqp.ConnectAsync(asGuest.Uri.ToString()));
        Assert.IsType<AuthenticationFailureException>(refused.InnerException);
    }
}
