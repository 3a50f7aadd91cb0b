using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AddConnectionRequestedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestedByEmail",
                table: "connections",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestedByName",
                table: "connections",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequestedByEmail",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "RequestedByName",
                table: "connections");
        }
    }
}
