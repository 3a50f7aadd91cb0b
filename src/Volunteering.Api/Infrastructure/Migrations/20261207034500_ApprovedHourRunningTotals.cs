using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Volunteering.Infrastructure.Migrations
{
    /// <summary>Running totals of approved hours by organisation, activity and month (and day), kept by triggers on hour_logs and back-filled.</summary>
    public partial class ApprovedHourRunningTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            ApprovedHourTotals.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ApprovedHourTotals.Drop(migrationBuilder);
        }
    }
}
