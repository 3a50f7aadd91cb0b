using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>PostgreSQL as a service sees it, one unpooled connection a call (a pool would hand back connections to a killed server).</summary>
internal static class Sql
{
    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(unpooled.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<bool> AcceptsAsync(string connectionString)
    {
        try
        {
            return await ScalarAsync(connectionString, "SELECT 1") is 1;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}

/// <summary>RabbitMQ as a service sees it.</summary>
internal static class Amqp
{
    public static Task<IConnection> ConnectAsync(string uri) =>
        new ConnectionFactory { Uri = new Uri(uri), AutomaticRecoveryEnabled = false }.CreateConnectionAsync(TestContext.Current.CancellationToken);

    /// <summary>A connection and one channel on it, with publisher confirms: a refused publish fails the call rather than passing silently.</summary>
    public sealed record Session(IConnection Connection, IChannel Channel) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Channel.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    public static async Task<Session> OpenChannelAsync(string uri)
    {
        var connection = await ConnectAsync(uri);
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        return new Session(connection, await connection.CreateChannelAsync(options, TestContext.Current.CancellationToken));
    }

    public static async Task<bool> AcceptsAsync(string uri)
    {
        try
        {
            await using var connection = await ConnectAsync(uri);
            return connection.IsOpen;
        }
        catch (BrokerUnreachableException)
        {
            return false;
        }
    }
}
