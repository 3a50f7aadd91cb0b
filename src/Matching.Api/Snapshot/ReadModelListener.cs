using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>
/// Follows the other replicas' changes to the shared read models: LISTENs on <see cref="ReadModelChanges.NotifyChannel"/>
/// over one dedicated connection, blocked in <see cref="NpgsqlConnection.WaitAsync(CancellationToken)"/> between
/// notifications, and asks for a rebuild (<see cref="ReadModelChanges.RemoteChanged"/>) on each one another replica sent.
/// When the connection is lost (PostgreSQL restarted) it reconnects with back-off; every time it starts listening it
/// asks for one rebuild, as changes committed while it was not listening were not heard.
/// </summary>
internal sealed partial class ReadModelListener(
    IServiceScopeFactory scopes,
    ReadModelChanges changes,
    IOptions<MatchingOptions> options,
    TimeProvider time,
    ILogger<ReadModelListener> logger) : BackgroundService
{
    /// <summary>How the connection shows in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "matching read-model listener";

    /// <summary>Seconds of silence after which the connection is checked, so a vanished server is noticed while waiting.</summary>
    private const int KeepAliveSeconds = 30;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = await ConnectionStringAsync();
        var failures = 0;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += OnNotification;
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ReadModelChanges.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                if (failures > 0)
                {
                    LogListeningAgain(failures);
                }
                failures = 0;
                changes.RemoteChanged();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // PostgreSQL restarting or unreachable: one line per attempt, the detail at Debug.
                var delay = BackOff.Delay(options.Value.RetryDelay, ++failures);
                LogLost(failures, BackOff.Describe(ex), delay);
                LogLostDetail(ex);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    /// <summary>The service's own database, on a connection of its own: not pooled (it holds the LISTEN), and kept alive.</summary>
    private async Task<string> ConnectionStringAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var configured = scope.ServiceProvider.GetRequiredService<MatchingContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException("The matching database has no connection string.");
        return new NpgsqlConnectionStringBuilder(configured)
        {
            Pooling = false,
            Enlist = false,
            KeepAlive = KeepAliveSeconds,
            ApplicationName = ApplicationName,
        }.ConnectionString;
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs notification)
    {
        if (changes.IsOwn(notification.Payload))
        {
            return;
        }
        LogHeard(notification.Payload);
        changes.RemoteChanged();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Another replica changed the read models ({Payload}); rebuilding the snapshot")]
    private partial void LogHeard(string payload);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for the other replicas' read-model changes again after {Failures} failed attempts; rebuilding the snapshot")]
    private partial void LogListeningAgain(int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for the other replicas' read-model changes failed (attempt {Attempt}: {Error}); retrying in {Delay}")]
    private partial void LogLost(int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Listening for the other replicas' read-model changes failed")]
    private partial void LogLostDetail(Exception exception);
}
