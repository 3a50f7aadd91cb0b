using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// Wakes the relay when a commit has written new outbox rows, and only then: the relay's own commits
/// (marking rows published) and every other unit of work leave it asleep, so an idle service stays idle.
/// A save that adds outbox rows arms its context; the commit that makes them visible fires the signal.
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    /// <summary>Contexts (pooled, so possibly reused) that have saved outbox rows not yet committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _armed = new();

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && AddsOutboxRows(context))
        {
            _armed.AddOrUpdate(context, signal);
        }
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && AddsOutboxRows(context))
        {
            _armed.AddOrUpdate(context, signal);
        }
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SavedChanges(eventData, result);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // SaveChanges without an explicit transaction has committed its own one.
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Fire(context);
        }
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            _armed.Remove(context);
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            Fire(context);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _armed.Remove(context);
        }
    }

    private void Fire(DbContext context)
    {
        if (_armed.Remove(context))
        {
            signal.Notify();
        }
    }

    /// <summary>New rows only: the relay marking rows published modifies them and must not wake itself.</summary>
    private static bool AddsOutboxRows(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State == EntityState.Added)
            {
                return true;
            }
        }
        return false;
    }
}
