using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace SocialPrescribing.CommunityDirectory.LoadTest;

/// <summary>
/// Records the database commands EF Core runs (text and parameters, from its diagnostic events) while one request is
/// served, then runs each again under EXPLAIN ANALYZE: where PostgreSQL's share of a request goes, command by command.
/// </summary>
internal sealed class RequestPlans : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<(string Text, NpgsqlParameter[] Parameters)> _commands = [];
    private volatile bool _recording;

    public RequestPlans() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

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

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(listener.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (_recording && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: DbCommand command })
        {
            lock (_commands)
            {
                _commands.Add((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray()));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
}
