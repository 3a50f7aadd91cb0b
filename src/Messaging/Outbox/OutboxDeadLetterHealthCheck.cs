using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// Degraded while the outbox holds dead letters: every other event still flows, but someone has to look at the
/// parked ones. Read from the table, so every replica reports the rows any of them parked, and the state clears
/// once they are dealt with.
/// </summary>
internal sealed class OutboxDeadLetterHealthCheck<TContext>(TContext db) : IHealthCheck
    where TContext : DbContext
{
    public const string Name = "outbox-dead-letters";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = await db.Set<OutboxDeadLetter>().CountAsync(cancellationToken);
        if (count == 0)
        {
            return HealthCheckResult.Healthy("No dead letters in the outbox.");
        }
        return new HealthCheckResult(
            context.Registration.FailureStatus,
            $"{count} outbox event(s) parked as dead letters in {MessagingTables.OutboxDeadLetters}.",
            data: new Dictionary<string, object> { ["count"] = count });
    }
}
