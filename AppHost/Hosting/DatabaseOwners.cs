using Npgsql;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// Gives each database a login role of its own that owns it, so a service holds no more than its own data. Run as the
/// superuser whenever the server is ready; every step may be repeated.
/// </summary>
internal static class DatabaseOwners
{
    // Spelled out rather than left to the defaults, so a role made by hand or by an older AppHost is brought into line.
    private const string Unprivileged = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

    public static async Task ProvisionAsync(IReadOnlyList<LocalPostgresDatabaseResource> databases, string superUser, CancellationToken ct)
    {
        var server = new NpgsqlConnectionStringBuilder(superUser) { Pooling = false, Database = "postgres" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(ct);
        // Every role may connect to every database unless told otherwise: the maintenance database is the superuser's alone.
        await ExecuteAsync(connection, "REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC", ct);
        foreach (var database in databases)
        {
            var (name, role) = (Identifier(database.DatabaseName), Identifier(database.OwnerRole));
            // The password goes in as a literal (utility statements take no parameters); PostgreSQL stores its SCRAM hash.
            var password = Literal(await database.Password.GetValueAsync(ct) ?? throw new InvalidOperationException($"{database.Name} has no password."));
            var roleExists = await ScalarAsync(connection, "SELECT rolname FROM pg_roles WHERE rolname = $1", database.OwnerRole, ct) is not null;
            await ExecuteAsync(connection, $"{(roleExists ? "ALTER" : "CREATE")} ROLE {role} WITH {Unprivileged} PASSWORD {password}", ct);

            // PostgreSQL 15's public schema belongs to pg_database_owner, so the database's owner may create in it and
            // nobody else may (CREATE on it is no longer granted to PUBLIC): migrations run as the owning role.
            var owner = await ScalarAsync(connection, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = $1", database.DatabaseName, ct);
            await ExecuteAsync(connection, owner is null ? $"CREATE DATABASE {name} OWNER {role}" : $"ALTER DATABASE {name} OWNER TO {role}", ct);
            await ExecuteAsync(connection, $"REVOKE ALL ON DATABASE {name} FROM PUBLIC", ct);
            if (owner is not null && owner != database.OwnerRole)
            {
                await HandOverObjectsAsync(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database.DatabaseName }, database.OwnerRole, ct);
            }
        }
    }

    /// <summary>
    /// A database made before it had an owning role (by the superuser) holds the superuser's tables: the role takes them
    /// over, or its migrations could not alter them. Sequences that belong to a column follow their table.
    /// </summary>
    private static async Task HandOverObjectsAsync(NpgsqlConnectionStringBuilder database, string role, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var objects = new NpgsqlCommand(
            """
            SELECT format('ALTER TABLE %I.%I OWNER TO %I', n.nspname, c.relname, $1)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND pg_get_userbyid(c.relowner) <> $1
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
            """, connection)
        { Parameters = { new() { Value = role } } };
        var statements = new List<string>();
        await using (var reader = await objects.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                statements.Add(reader.GetString(0));
            }
        }
        foreach (var statement in statements)
        {
            await ExecuteAsync(connection, statement, ct);
        }
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql, string parameter, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = parameter } } };
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
