using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.CommunityDirectory.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PartnerSurvey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partner_survey_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RelationshipWithCommissioners = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AbleToAddValue = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ReferralsAppropriate = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FundingAndCapacity = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Comments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_survey_responses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_partner_survey_responses_OrganisationId_Year",
                table: "partner_survey_responses",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partner_survey_responses");
        }
    }
}
