using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

/// <summary>
/// A number that moves on whenever this process may have changed the directory's data, so whatever was read
/// under an older number is known to be out of date (<see cref="Apis.Oruk.OrukResponseCache"/>).
/// </summary>
public sealed class DirectoryChanges
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Changed() => Interlocked.Increment(ref _version);
}

/// <summary>
/// Moves <see cref="DirectoryChanges"/> on when this process writes the directory's data: before and after a save of
/// the model's rows, and after any statement that is not a query (ExecuteUpdate, the place-hold statement); inside a
/// transaction, again when it commits. A read that raced the write is then stored under a number already old. The
/// relay's saves and commits of outbox rows alone leave it where it is.
/// </summary>
internal sealed class DirectoryChangeInterceptor(DirectoryChanges changes) : DbCommandInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    /// <summary>Contexts (pooled, so possibly reused) with directory writes not yet known to be committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _writing = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && WritesDirectoryRows(context))
        {
            Arm(context);
        }
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavingChanges(eventData, result));

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Without a transaction of the caller's, the save has committed its own.
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            Fire(context);
        }
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            Fire(context);
        }
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        // A save's own statements are the save's business (above): the relay's saves of outbox rows must not count.
        if (eventData.CommandSource == CommandSource.SaveChanges)
        {
            return result;
        }
        changes.Changed();
        if (eventData.Context is { Database.CurrentTransaction: not null } context)
        {
            Arm(context);
        }
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NonQueryExecuted(command, eventData, result));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            Fire(context);
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Fire(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Fire(eventData.Context);
        return Task.CompletedTask;
    }

    private void Arm(DbContext context)
    {
        _writing.AddOrUpdate(context, changes);
        changes.Changed();
    }

    private void Fire(DbContext? context)
    {
        if (context is not null && _writing.Remove(context))
        {
            changes.Changed();
        }
    }

    private static bool WritesDirectoryRows(DbContext context) =>
        context.ChangeTracker.Entries().Any(e => e.State != EntityState.Unchanged && e.Entity.GetType().Namespace == typeof(Activity).Namespace);
}
