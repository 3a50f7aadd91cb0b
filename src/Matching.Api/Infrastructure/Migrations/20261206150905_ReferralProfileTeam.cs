using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Matching.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReferralProfileTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "referral_profiles",
                type: "uuid",
                nullable: true);

            // A read model: emptied so the start-up catch-up reads every open referral again, with its team.
            migrationBuilder.Sql("DELETE FROM referral_profiles;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "referral_profiles");
        }
    }
}
