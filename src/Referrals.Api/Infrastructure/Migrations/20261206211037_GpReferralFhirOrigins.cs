using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialPrescribing.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class GpReferralFhirOrigins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fhir_origins",
                columns: table => new
                {
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ServiceRequestSystem = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ServiceRequestValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PracticeOdsCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PracticeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PractitionerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PractitionerIdentifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NhsNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MessageBackAnnouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fhir_origins", x => x.ReferralId);
                    table.ForeignKey(
                        name: "FK_fhir_origins_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fhir_origins_ClientId_NhsNumber",
                table: "fhir_origins",
                columns: new[] { "ClientId", "NhsNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_fhir_origins_ClientId_ServiceRequestSystem_ServiceRequestVa~",
                table: "fhir_origins",
                columns: new[] { "ClientId", "ServiceRequestSystem", "ServiceRequestValue" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fhir_origins");
        }
    }
}
