using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>
/// The database's own limit on this machine: single-row INSERTs, each its own commit, from several workers with a
/// connection each. Commits per second.
/// </summary>
internal static class RawDatabase
{
    public static async Task<double> CommitsPerSecondAsync(string database, int commits, int workers, string payload)
    {
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE raw_commits (id uuid PRIMARY KEY, at timestamptz NOT NULL, payload jsonb NOT NULL)", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connections = new List<NpgsqlConnection>();
        try
        {
            for (var w = 0; w < workers; w++)
            {
                var connection = new NpgsqlConnection(database);
                connections.Add(connection);
                await connection.OpenAsync();
            }
            var start = Stopwatch.GetTimestamp();
            await Task.WhenAll(connections.Select(c => InsertAsync(c, commits / workers, payload)));
            return commits / workers * workers / Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static async Task InsertAsync(NpgsqlConnection connection, int rows, string payload)
    {
        await using var insert = new NpgsqlCommand("INSERT INTO raw_commits (id, at, payload) VALUES ($1, $2, $3)", connection)
        {
            Parameters =
            {
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = payload },
            },
        };
        await insert.PrepareAsync();
        for (var i = 0; i < rows; i++)
        {
            insert.Parameters[0].Value = Guid.CreateVersion7();
            insert.Parameters[1].Value = DateTimeOffset.UtcNow;
            await insert.ExecuteNonQueryAsync();
        }
    }
}
