using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LinkWorkerReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "LinkWorkerId",
                table: "referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "link_workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Reminders = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_workers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_LinkWorkerId",
                table: "referrals",
                column: "LinkWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_link_workers_Subject",
                table: "link_workers",
                column: "Subject",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "link_workers");

            migrationBuilder.DropIndex(
                name: "IX_referrals_LinkWorkerId",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "LinkWorkerId",
                table: "referrals");
        }
    }
}
