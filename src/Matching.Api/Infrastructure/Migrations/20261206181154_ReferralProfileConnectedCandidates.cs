using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Matching.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReferralProfileConnectedCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "ConnectedCandidateIds",
                table: "referral_profiles",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConnectedCandidateIds",
                table: "referral_profiles");
        }
    }
}
