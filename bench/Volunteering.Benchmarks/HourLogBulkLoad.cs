using Npgsql;
using NpgsqlTypes;
using SocialPrescribing.Seeds;
using SocialPrescribing.Seeds.Model;

namespace SocialPrescribing.Volunteering.Benchmarks;

/// <summary>
/// Streams generated hour logs into <c>hour_logs</c> with PostgreSQL's binary COPY (Npgsql binary
/// import): a million rows in seconds, never all in memory. Columns as the service's EF mapping writes them.
/// One COPY per <see cref="RowsPerCopy"/> rows: the running totals' trigger then aggregates a million changed
/// rows at a time rather than holding ten million in one transition table.
/// </summary>
internal static class HourLogBulkLoad
{
    private const string Copy = """
        COPY hour_logs (id, volunteer_id, organisation_id, activity_id, role, date, duration_minutes, note,
                        submitted_volunteer_id, submitted_organisation_id, submitted_activity_id, submitted_role,
                        submitted_date, submitted_duration_minutes, submitted_note,
                        source, submitted_by, submitted_at, status, decided_by, decided_at,
                        approved_automatically, rejection_reason, edits)
        FROM STDIN (FORMAT BINARY)
        """;

    private const int RowsPerCopy = 1_000_000;

    public static async Task<ulong> LoadAsync(string connectionString, IEnumerable<HourLogSeed> logs, Func<string, Guid> organisationIdOf)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        ulong loaded = 0;
        using var rows = logs.GetEnumerator();
        var more = rows.MoveNext();
        while (more)
        {
            await using var import = await connection.BeginBinaryImportAsync(Copy);
            var inThisCopy = 0;
            do
            {
                await WriteAsync(import, rows.Current, organisationIdOf);
                more = rows.MoveNext();
            }
            while (more && ++inThisCopy < RowsPerCopy);
            loaded += await import.CompleteAsync();
        }
        return loaded;
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter import, HourLogSeed log, Func<string, Guid> organisationIdOf)
    {
        var volunteerId = SeedIds.ToGuid(log.VolunteerId);
        var organisationId = organisationIdOf(log.OrganisationId);
        var activityId = log.ActivityId is null ? (Guid?)null : SeedIds.ToGuid(log.ActivityId);
        var role = log.Role.Code();
        await import.StartRowAsync();
        await import.WriteAsync(log.Id, NpgsqlDbType.Uuid);
        // The content, then the same again as first submitted.
        for (var copy = 0; copy < 2; copy++)
        {
            await import.WriteAsync(volunteerId, NpgsqlDbType.Uuid);
            await import.WriteAsync(organisationId, NpgsqlDbType.Uuid);
            if (activityId is { } activity) await import.WriteAsync(activity, NpgsqlDbType.Uuid);
            else await import.WriteNullAsync();
            await import.WriteAsync(role, NpgsqlDbType.Varchar);
            await import.WriteAsync(log.Date, NpgsqlDbType.Date);
            await import.WriteAsync(log.Minutes, NpgsqlDbType.Integer);
            await import.WriteNullAsync();
        }
        var decided = log.Status != HourLogStatus.Submitted;
        await import.WriteAsync("Volunteer", NpgsqlDbType.Varchar);
        await import.WriteAsync("bench", NpgsqlDbType.Varchar);
        await import.WriteAsync(log.SubmittedAt, NpgsqlDbType.TimestampTz);
        await import.WriteAsync(log.Status.ToString(), NpgsqlDbType.Varchar);
        if (decided)
        {
            await import.WriteAsync("bench", NpgsqlDbType.Varchar);
            await import.WriteAsync(log.SubmittedAt.AddDays(1), NpgsqlDbType.TimestampTz);
        }
        else
        {
            await import.WriteNullAsync();
            await import.WriteNullAsync();
        }
        await import.WriteAsync(false, NpgsqlDbType.Boolean);
        if (log.Reason is { } reason) await import.WriteAsync(reason, NpgsqlDbType.Varchar);
        else await import.WriteNullAsync();
        await import.WriteAsync("[]", NpgsqlDbType.Jsonb);
    }
}
