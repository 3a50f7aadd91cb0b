using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Connections;

namespace SocialPrescribing.Referrals.Application;

/// <summary>Expires requests the provider left unanswered past its agreed working days, releasing their places.</summary>
public sealed class ConnectionExpiry(ReferralsContext db, ConnectionMoves moves, TimeProvider time)
{
    public static readonly Caller Actor = new("system:connection-expiry", Roles.Service, null, null);

    /// <returns>How many requests expired.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = WorkingDays.UkDateOf(time.GetUtcNow());
        var overdue = await db.Connections
            .Where(c => c.Status == ConnectionStatus.Requested && c.AnswerDueBy < today)
            .OrderBy(c => c.AnswerDueBy)
            .Select(c => c.Id)
            .Take(100)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in overdue)
        {
            // One save each, on a fresh read, so a request the provider answered meanwhile is left
            // alone and a refused save leaves no event or audit entry behind for the next one.
            db.ChangeTracker.Clear();
            if (await db.Connections.FindAsync([id], cancellationToken) is not { Status: ConnectionStatus.Requested } connection)
            {
                continue;
            }
            try
            {
                await moves.MoveAsync(connection, ConnectionStatus.Expired, Actor, null, cancellationToken);
                expired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Answered between the read and the save: the answer stands.
            }
        }
        return expired;
    }
}

/// <summary>Runs <see cref="ConnectionExpiry"/> on a timer (<c>Connections:ExpiryCheckInterval</c>, default 15 minutes).</summary>
internal sealed partial class ConnectionExpiryJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<ConnectionExpiryJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Connections:ExpiryCheckInterval", TimeSpan.FromMinutes(15));
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<ConnectionExpiry>().RunOnceAsync(stoppingToken);
                if (expired > 0)
                {
                    LogExpired(expired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} unanswered connection requests")]
    private partial void LogExpired(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection expiry run failed ({Error}); trying again next time")]
    private partial void LogFailed(string error);
}
