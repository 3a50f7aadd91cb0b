using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialPrescribing.ServiceData;

public static class DatabaseTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the context's execution strategy, which retries
    /// transient failures (a user-opened transaction is otherwise refused by a retrying strategy). A retry runs
    /// the whole unit again from an empty change tracker, so everything the work saves must be loaded or added
    /// inside it. The work commits (or rolls back) the transaction it is given; one it leaves open rolls back.
    /// </summary>
    public static Task<TResult> InTransactionAsync<TResult>(
        this DbContext db,
        Func<IDbContextTransaction, CancellationToken, Task<TResult>> work,
        CancellationToken cancellationToken)
    {
        var attempt = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            return await work(transaction, ct);
        }, cancellationToken);
    }

    /// <inheritdoc cref="InTransactionAsync{TResult}"/>
    public static Task InTransactionAsync(
        this DbContext db,
        Func<IDbContextTransaction, CancellationToken, Task> work,
        CancellationToken cancellationToken) =>
        db.InTransactionAsync<bool>(async (transaction, ct) =>
        {
            await work(transaction, ct);
            return true;
        }, cancellationToken);
}
