using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialPrescribing.Matching.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TermIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Sessions = table.Column<string>(type: "jsonb", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    AccessibilityFeatures = table.Column<List<string>>(type: "text[]", nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: true),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    AreaServedDistricts = table.Column<List<string>>(type: "text[]", nullable: false),
                    CostPerSession = table.Column<decimal>(type: "numeric", nullable: false),
                    FreePlaces = table.Column<int>(type: "integer", nullable: true),
                    CapacityChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => x.ActivityId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    event_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "proposed_matches",
                columns: table => new
                {
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Matches = table.Column<string>(type: "jsonb", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposed_matches", x => x.ReferralId);
                });

            migrationBuilder.CreateTable(
                name: "referral_profiles",
                columns: table => new
                {
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostcodeDistrict = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TermIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    AccessibilityNeeds = table.Column<List<string>>(type: "text[]", nullable: false),
                    FreeTimes = table.Column<string>(type: "jsonb", nullable: false),
                    Age = table.Column<int>(type: "integer", nullable: false),
                    MaxTravelKm = table.Column<double>(type: "double precision", nullable: true),
                    IsCarer = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WaitingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FetchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_profiles", x => x.ReferralId);
                });

            migrationBuilder.CreateTable(
                name: "volunteers",
                columns: table => new
                {
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostcodeDistrict = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    InterestTermIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    Availability = table.Column<string>(type: "jsonb", nullable: false),
                    CaseloadLimit = table.Column<int>(type: "integer", nullable: false),
                    FreeCaseload = table.Column<int>(type: "integer", nullable: false),
                    DbsLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DbsValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Trainings = table.Column<string>(type: "jsonb", nullable: false),
                    WillDoHomeVisits = table.Column<bool>(type: "boolean", nullable: false),
                    MaxTravelKm = table.Column<double>(type: "double precision", nullable: true),
                    SyncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers", x => x.VolunteerId);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_unpublished",
                table: "outbox_messages",
                column: "sequence",
                filter: "published_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "proposed_matches");

            migrationBuilder.DropTable(
                name: "referral_profiles");

            migrationBuilder.DropTable(
                name: "volunteers");
        }
    }
}
