using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.CommunityDirectory.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PlaceHoldOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The hold's id always was the connection's; holds taken before owners were recorded have none (empty team and service).
            migrationBuilder.RenameColumn(
                name: "HoldId",
                table: "place_holds",
                newName: "ConnectionId");

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "place_holds",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "HeldBy",
                table: "place_holds",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HeldBy",
                table: "place_holds");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "place_holds");

            migrationBuilder.RenameColumn(
                name: "ConnectionId",
                table: "place_holds",
                newName: "HoldId");
        }
    }
}
