using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LastContactAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastContactAt",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: true);

            // The referrals already kept: their latest note, or change of status after Received (stored by name, or by
            // number before enums were written by name), as Referral.LastContactAt works it out.
            migrationBuilder.Sql("""
                UPDATE referrals SET "LastContactAt" = (
                    SELECT max(contact.at) FROM (
                        SELECT (note ->> 'writtenAt')::timestamptz AS at FROM jsonb_array_elements("Notes") AS note
                        UNION ALL
                        SELECT (step ->> 'at')::timestamptz FROM jsonb_array_elements("History") AS step
                        WHERE step ->> 'to' NOT IN ('Received', '1')) AS contact);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastContactAt",
                table: "referrals");
        }
    }
}
