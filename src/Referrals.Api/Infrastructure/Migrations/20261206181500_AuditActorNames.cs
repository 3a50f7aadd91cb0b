using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AuditActorNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActorName",
                table: "audit_entries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActorName",
                table: "audit_entries");
        }
    }
}
