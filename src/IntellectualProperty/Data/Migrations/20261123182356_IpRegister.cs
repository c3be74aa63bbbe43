using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StPlatform.IntellectualProperty.Data.Migrations
{
    /// <inheritdoc />
    public partial class IpRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "owner_name",
                table: "ip_assets");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "agent",
                table: "ip_assets",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "applicants",
                table: "ip_assets",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "classes",
                table: "ip_assets",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<bool>(
                name: "commercialised",
                table: "ip_assets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "created_on",
                table: "ip_assets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "first_commercial_use_on",
                table: "ip_assets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "grant_number",
                table: "ip_assets",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "granted_on",
                table: "ip_assets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "inventors",
                table: "ip_assets",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "next_due_kind",
                table: "ip_assets",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "next_due_on",
                table: "ip_assets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "origin_programme_id",
                table: "ip_assets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "origin_task_id",
                table: "ip_assets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "priority_claims",
                table: "ip_assets",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "protection_ends_on",
                table: "ip_assets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "publication_number",
                table: "ip_assets",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "published_on",
                table: "ip_assets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "registered_at",
                table: "ip_assets",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "ip_assets",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "ip_assets",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "title_en",
                table: "ip_assets",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "ip_assets",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

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
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "ip_asset_owners",
                columns: table => new
                {
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    tax_code = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ip_asset_owners", x => new { x.asset_id, x.position });
                    table.ForeignKey(
                        name: "fk_ip_asset_owners_ip_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "ip_assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ip_legal_events",
                columns: table => new
                {
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ip_legal_events", x => new { x.asset_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_ip_legal_events_ip_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "ip_assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "known_organisations",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tax_code = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    directory_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_organisations", x => x.organisation_id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    parked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ip_assets_classes",
                table: "ip_assets",
                column: "classes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_ip_assets_grant_number",
                table: "ip_assets",
                column: "grant_number");

            migrationBuilder.CreateIndex(
                name: "ix_ip_assets_next_due_on",
                table: "ip_assets",
                column: "next_due_on",
                filter: "next_due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_ip_assets_search_text",
                table: "ip_assets",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_ip_assets_status_object_type",
                table: "ip_assets",
                columns: new[] { "status", "object_type" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_ip_asset_owners_tax_code",
                table: "ip_asset_owners",
                column: "tax_code");

            migrationBuilder.CreateIndex(
                name: "ix_known_organisations_tax_code",
                table: "known_organisations",
                column: "tax_code");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_published_at",
                table: "outbox_messages",
                column: "published_at",
                filter: "published_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unpublished",
                table: "outbox_messages",
                column: "sequence",
                filter: "published_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "ip_asset_owners");

            migrationBuilder.DropTable(
                name: "ip_legal_events");

            migrationBuilder.DropTable(
                name: "known_organisations");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_ip_assets_classes",
                table: "ip_assets");

            migrationBuilder.DropIndex(
                name: "ix_ip_assets_grant_number",
                table: "ip_assets");

            migrationBuilder.DropIndex(
                name: "ix_ip_assets_next_due_on",
                table: "ip_assets");

            migrationBuilder.DropIndex(
                name: "ix_ip_assets_search_text",
                table: "ip_assets");

            migrationBuilder.DropIndex(
                name: "ix_ip_assets_status_object_type",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "agent",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "applicants",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "classes",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "commercialised",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "created_on",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "first_commercial_use_on",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "grant_number",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "granted_on",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "inventors",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "next_due_kind",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "next_due_on",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "origin_programme_id",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "origin_task_id",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "priority_claims",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "protection_ends_on",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "publication_number",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "published_on",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "registered_at",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "status",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "title_en",
                table: "ip_assets");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "ip_assets");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "owner_name",
                table: "ip_assets",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }
    }
}
