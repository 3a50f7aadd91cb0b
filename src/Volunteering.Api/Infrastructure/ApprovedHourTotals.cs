using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialPrescribing.Volunteering.Infrastructure;

/// <summary>
/// Running totals of approved time by organisation, activity and month (<c>approved_hours_by_month</c>) and by
/// day (<c>approved_hours_by_day</c>, for periods that start or end inside a month), so the SROI report reads a
/// few hundred rows rather than summing millions of logs. Statement triggers on <c>hour_logs</c> keep them:
/// every insert, update or delete of a log (approval, auto-approval, a correction, a bulk COPY) moves the totals
/// in the same statement and so the same transaction, whichever code path made it. Each total changes by an
/// atomic <c>INSERT … ON CONFLICT DO UPDATE SET minutes = minutes + …</c>, so two approvals at once for one
/// month both count: the second waits for the first's row lock and adds to what it committed.
/// </summary>
internal static class ApprovedHourTotals
{
    public const string ByDay = "approved_hours_by_day";
    public const string ByMonth = "approved_hours_by_month";

    /// <summary>The approved logs a transition table adds (sign 1) or takes away (sign -1), as a query the trigger runs.</summary>
    private static string Changes(string transitionTable, int sign) =>
        $"SELECT organisation_id, activity_id, date, {sign} * duration_minutes::bigint AS minutes, {sign}::bigint AS logs FROM {transitionTable} WHERE status = ''Approved''";

    public static void Create(MigrationBuilder migration)
    {
        migration.Sql($"""
            CREATE TABLE {ByDay} (
                organisation_id uuid NOT NULL,
                date date NOT NULL,
                activity_id uuid NULL,
                minutes bigint NOT NULL,
                logs bigint NOT NULL,
                CONSTRAINT ux_{ByDay} UNIQUE NULLS NOT DISTINCT (organisation_id, date, activity_id));
            CREATE TABLE {ByMonth} (
                organisation_id uuid NOT NULL,
                month date NOT NULL,
                activity_id uuid NULL,
                minutes bigint NOT NULL,
                logs bigint NOT NULL,
                CONSTRAINT ux_{ByMonth} UNIQUE NULLS NOT DISTINCT (organisation_id, month, activity_id));
            """);
        // Rows are taken in key order so that two transactions touching the same totals lock them in the same order.
        migration.Sql($$"""
            CREATE FUNCTION approved_hours_follow_logs() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE changes text := CASE TG_OP
                WHEN 'INSERT' THEN '{{Changes("new_rows", 1)}}'
                WHEN 'DELETE' THEN '{{Changes("old_rows", -1)}}'
                ELSE '{{Changes("new_rows", 1)}} UNION ALL {{Changes("old_rows", -1)}}' END;
            BEGIN
                EXECUTE format($sql$
                    WITH changes AS (%s),
                    by_day AS (
                        SELECT organisation_id, date, activity_id, SUM(minutes) AS minutes, SUM(logs) AS logs
                        FROM changes GROUP BY organisation_id, date, activity_id
                        HAVING SUM(minutes) <> 0 OR SUM(logs) <> 0),
                    days AS (
                        INSERT INTO {{ByDay}} AS t (organisation_id, date, activity_id, minutes, logs)
                        SELECT * FROM by_day ORDER BY organisation_id, date, activity_id
                        ON CONFLICT (organisation_id, date, activity_id)
                        DO UPDATE SET minutes = t.minutes + EXCLUDED.minutes, logs = t.logs + EXCLUDED.logs)
                    INSERT INTO {{ByMonth}} AS t (organisation_id, month, activity_id, minutes, logs)
                    SELECT organisation_id, date_trunc('month', date)::date, activity_id, SUM(minutes), SUM(logs)
                    FROM by_day GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                    ON CONFLICT (organisation_id, month, activity_id)
                    DO UPDATE SET minutes = t.minutes + EXCLUDED.minutes, logs = t.logs + EXCLUDED.logs
                    $sql$, changes);
                RETURN NULL;
            END $$;
            CREATE TRIGGER approved_hours_after_insert AFTER INSERT ON hour_logs
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION approved_hours_follow_logs();
            CREATE TRIGGER approved_hours_after_update AFTER UPDATE ON hour_logs
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION approved_hours_follow_logs();
            CREATE TRIGGER approved_hours_after_delete AFTER DELETE ON hour_logs
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION approved_hours_follow_logs();
            """);
        // The triggers' lock on hour_logs is held until the migration commits, so no change slips between them and the back-fill.
        migration.Sql(Backfill);
    }

    /// <summary>The totals worked out from the logs already stored (the migration's back-fill).</summary>
    public const string Backfill = $"""
        INSERT INTO {ByDay} (organisation_id, date, activity_id, minutes, logs)
        SELECT organisation_id, date, activity_id, SUM(duration_minutes), COUNT(*)
        FROM hour_logs WHERE status = 'Approved' GROUP BY organisation_id, date, activity_id;
        INSERT INTO {ByMonth} (organisation_id, month, activity_id, minutes, logs)
        SELECT organisation_id, date_trunc('month', date)::date, activity_id, SUM(minutes), SUM(logs)
        FROM {ByDay} GROUP BY 1, 2, 3;
        """;

    public static void Drop(MigrationBuilder migration) => migration.Sql($"""
        DROP TRIGGER IF EXISTS approved_hours_after_delete ON hour_logs;
        DROP TRIGGER IF EXISTS approved_hours_after_update ON hour_logs;
        DROP TRIGGER IF EXISTS approved_hours_after_insert ON hour_logs;
        DROP FUNCTION IF EXISTS approved_hours_follow_logs();
        DROP TABLE IF EXISTS {ByMonth};
        DROP TABLE IF EXISTS {ByDay};
        """);
}
