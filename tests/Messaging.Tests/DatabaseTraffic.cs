using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>
/// Counts the commands a context sends and the connections it opens (or tries to), to show how often a
/// background loop touches the database. Add it to a host's context with <c>ConfigureDbContext</c>.
/// </summary>
public sealed class DatabaseTraffic : IDbCommandInterceptor, IDbConnectionInterceptor
{
    private long _commands;
    private long _connections;

    public long Commands => Interlocked.Read(ref _commands);
    public long ConnectionsOpened => Interlocked.Read(ref _connections);

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Counted(result);

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(result));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Counted(result);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(result));

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Counted(result);

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(result));

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Interlocked.Increment(ref _connections);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _connections);
        return ValueTask.FromResult(result);
    }

    private T Counted<T>(T result)
    {
        Interlocked.Increment(ref _commands);
        return result;
    }
}
