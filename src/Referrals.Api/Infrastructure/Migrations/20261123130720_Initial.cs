using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialPrescribing.Referrals.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Record = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "connections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreedResponseWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    SuggestedBy = table.Column<string>(type: "text", nullable: false),
                    SuggestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnswerDueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    History = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_connections", x => x.Id);
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
                name: "people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenName = table.Column<string>(type: "text", nullable: false),
                    FamilyName = table.Column<string>(type: "text", nullable: false),
                    PreferredName = table.Column<string>(type: "text", nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    NhsNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PreferredContact = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Mobile = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    Address = table.Column<string>(type: "text", nullable: true),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PostcodeDistrict = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    FirstLanguage = table.Column<string>(type: "text", nullable: false),
                    NeedsInterpreter = table.Column<bool>(type: "boolean", nullable: false),
                    AccessibilityNeeds = table.Column<string>(type: "jsonb", nullable: false),
                    AccessibilityNote = table.Column<string>(type: "text", nullable: true),
                    IsCarer = table.Column<bool>(type: "boolean", nullable: false),
                    IsCaredFor = table.Column<bool>(type: "boolean", nullable: false),
                    Ethnicity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Disability = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Consents = table.Column<string>(type: "jsonb", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Referrer = table.Column<string>(type: "jsonb", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    Urgency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SafeguardingConcern = table.Column<bool>(type: "boolean", nullable: false),
                    SafeguardingNote = table.Column<string>(type: "text", nullable: true),
                    SnomedCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ReceivedBy = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    History = table.Column<string>(type: "jsonb", nullable: false),
                    ClosureReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: true),
                    ClosureSummary = table.Column<string>(type: "text", nullable: true),
                    Notes = table.Column<string>(type: "jsonb", nullable: false),
                    NeedTermIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    InterestTermIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    Availability = table.Column<string>(type: "jsonb", nullable: false),
                    Travel = table.Column<string>(type: "jsonb", nullable: true),
                    Plan = table.Column<string>(type: "jsonb", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wellbeing_measurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Point = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false),
                    LifeSatisfaction = table.Column<int>(type: "integer", nullable: true),
                    Worthwhile = table.Column<int>(type: "integer", nullable: true),
                    Happiness = table.Column<int>(type: "integer", nullable: true),
                    Anxiety = table.Column<int>(type: "integer", nullable: true),
                    SwemwbsItems = table.Column<List<int>>(type: "integer[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wellbeing_measurements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_PersonId_At",
                table: "audit_entries",
                columns: new[] { "PersonId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_connections_AnswerDueBy",
                table: "connections",
                column: "AnswerDueBy",
                filter: "\"Status\" = 'Requested'");

            migrationBuilder.CreateIndex(
                name: "IX_connections_ProviderId",
                table: "connections",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_connections_ReferralId",
                table: "connections",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_unpublished",
                table: "outbox_messages",
                column: "sequence",
                filter: "published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_people_TeamId",
                table: "people",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_PersonId",
                table: "referrals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_TeamId",
                table: "referrals",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_wellbeing_measurements_ReferralId",
                table: "wellbeing_measurements",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "connections");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "wellbeing_measurements");
        }
    }
}
