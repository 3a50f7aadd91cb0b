using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Volunteering.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class VersionedRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "volunteers",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "programmes",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "programme_investments",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "organisations",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "volunteers");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "programme_investments");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "organisations");
        }
    }
}
