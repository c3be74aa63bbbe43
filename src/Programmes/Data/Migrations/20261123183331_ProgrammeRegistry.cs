using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StPlatform.Programmes.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<int>(
                name: "amendment_count",
                table: "programme_documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "effective_on",
                table: "programme_documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "general_objective",
                table: "programme_documents",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lead_unit_code",
                table: "programme_documents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "parent_ids",
                table: "programme_documents",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "programme_documents",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "signer",
                table: "programme_documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "specific_objectives",
                table: "programme_documents",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "programme_documents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<int>(
                name: "vision_year",
                table: "programme_documents",
                type: "integer",
                nullable: true);

            // Version maps to PostgreSQL's xmin system column: every row has it already.

            migrationBuilder.CreateTable(
                name: "annex_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    annex_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    section = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    lead_unit_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    coordinating_unit_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    deadline_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    deadline_label = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    recurrence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    expected_product = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annex_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_annex_tasks_programme_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "programme_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amendment_number = table.Column<int>(type: "integer", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    changes = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_history_programme_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "programme_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    caller = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    body = table.Column<byte[]>(type: "bytea", nullable: true),
                    location = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.caller, x.key });
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
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "measure_facts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    on_time = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measure_facts", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "target_indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    baseline_year = table.Column<int>(type: "integer", nullable: false),
                    baseline_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    measure = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    colour = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    current_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    current_year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_target_indicators_programme_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "programme_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_targets",
                columns: table => new
                {
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_targets", x => new { x.indicator_id, x.year });
                    table.ForeignKey(
                        name: "fk_indicator_targets_target_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "target_indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "measurements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measurements", x => x.id);
                    table.ForeignKey(
                        name: "fk_measurements_target_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "target_indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_programme_documents_search_text",
                table: "programme_documents",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_annex_tasks_document_id_annex_id",
                table: "annex_tasks",
                columns: new[] { "document_id", "annex_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_document_history_document_id_at",
                table: "document_history",
                columns: new[] { "document_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_measure_facts_event_id",
                table: "measure_facts",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_measure_facts_kind",
                table: "measure_facts",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_measure_facts_plan_id",
                table: "measure_facts",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_measurements_indicator_id_year",
                table: "measurements",
                columns: new[] { "indicator_id", "year" });

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

            migrationBuilder.CreateIndex(
                name: "ix_target_indicators_document_id",
                table: "target_indicators",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_target_indicators_measure",
                table: "target_indicators",
                column: "measure");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annex_tasks");

            migrationBuilder.DropTable(
                name: "document_history");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "indicator_targets");

            migrationBuilder.DropTable(
                name: "measure_facts");

            migrationBuilder.DropTable(
                name: "measurements");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "target_indicators");

            migrationBuilder.DropIndex(
                name: "ix_programme_documents_search_text",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "amendment_count",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "effective_on",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "general_objective",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "lead_unit_code",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "parent_ids",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "signer",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "specific_objectives",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "status",
                table: "programme_documents");

            migrationBuilder.DropColumn(
                name: "vision_year",
                table: "programme_documents");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
