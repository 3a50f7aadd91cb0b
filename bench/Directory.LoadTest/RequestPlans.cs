using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace SocialPrescribing.CommunityDirectory.LoadTest;

/// <summary>
/// Records the database commands EF Core runs (text and parameters, through a command interceptor) while one request
/// is served, then runs each again under EXPLAIN ANALYZE: where PostgreSQL's share of a request goes, command by command.
/// </summary>
internal sealed class RequestPlans : DbCommandInterceptor
{
    private readonly List<(string Text, NpgsqlParameter[] Parameters)> _commands = [];
    private volatile bool _recording;

    public async Task<string> ExplainAsync(Func<Task> request, string database)
    {
        _recording = true;
        await request();
        _recording = false;
        var lines = new List<string> { $"The {_commands.Count} database commands of one request, under EXPLAIN ANALYZE:" };
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        foreach (var (text, parameters) in _commands)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, SUMMARY) " + text, connection);
            explain.Parameters.AddRange(parameters);
            lines.Add("---- " + text.ReplaceLineEndings(" "));
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add("  " + reader.GetString(0));
            }
        }
        return string.Join(Environment.NewLine, lines);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (_recording)
        {
            lock (_commands)
            {
                _commands.Add((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray()));
            }
        }
    }
}
