using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialPrescribing.Volunteering.Infrastructure;

/// <summary>
/// Indexes on hour-log content columns, created by the migration because EF cannot declare indexes
/// over complex-type columns. The approved-logs index answers a sum of approved time from the index
/// alone (an index-only scan); the SROI report itself now reads running totals (<see cref="ApprovedHourTotals"/>).
/// </summary>
internal static class HourLogIndexes
{
    public static void Create(MigrationBuilder migration)
    {
        migration.Sql("CREATE INDEX ix_hour_logs_volunteer_date ON hour_logs (volunteer_id, date);");
        migration.Sql("CREATE INDEX ix_hour_logs_organisation_status_date ON hour_logs (organisation_id, status, date);");
        migration.Sql("CREATE INDEX ix_hour_logs_approved ON hour_logs (organisation_id, date) INCLUDE (activity_id, duration_minutes) WHERE status = 'Approved';");
    }

    public static void Drop(MigrationBuilder migration)
    {
        migration.Sql("DROP INDEX IF EXISTS ix_hour_logs_approved;");
        migration.Sql("DROP INDEX IF EXISTS ix_hour_logs_organisation_status_date;");
        migration.Sql("DROP INDEX IF EXISTS ix_hour_logs_volunteer_date;");
    }
}
