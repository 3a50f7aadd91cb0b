using Microsoft.Extensions.Logging;
using SocialPrescribing.Messaging.Inbox;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>Adds the points to the balance: applying a message twice would show as a wrong total.</summary>
public sealed class PointsAwardedConsumer(LedgerContext db, TimeProvider time, ILogger<PointsAwardedConsumer> logger)
    : IdempotentConsumer<PointsAwardedIntegrationEvent, LedgerContext>(db, time, logger)
{
    protected override async Task HandleAsync(PointsAwardedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var account = await Db.Accounts.FindAsync([message.AccountId], cancellationToken);
        if (account is null)
        {
            account = new Account { Id = message.AccountId };
            Db.Accounts.Add(account);
        }
        account.Balance += message.Points;
    }
}
