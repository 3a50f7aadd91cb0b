using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialPrescribing.Volunteering.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class VolunteerExperience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "survey_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Useful = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Supported = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Comments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_answers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_equality",
                columns: table => new
                {
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Disability = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ConsentedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteer_equality", x => x.VolunteerId);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_equality_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteer_equality_audit", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_survey_answers_Quarter",
                table: "survey_answers",
                column: "Quarter");

            migrationBuilder.CreateIndex(
                name: "IX_survey_answers_VolunteerId_Quarter",
                table: "survey_answers",
                columns: new[] { "VolunteerId", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteer_equality_audit_VolunteerId",
                table: "volunteer_equality_audit",
                column: "VolunteerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "survey_answers");

            migrationBuilder.DropTable(
                name: "volunteer_equality");

            migrationBuilder.DropTable(
                name: "volunteer_equality_audit");
        }
    }
}
