using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StPlatform.Tasks.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskLifecycleReportsAndMessaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_lead_unit_code",
                table: "tasks");

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "tasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Assigned");

            migrationBuilder.AddColumn<DateOnly>(
                name: "reported_done_on",
                table: "tasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "all_units",
                table: "tasks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "annex_id",
                table: "tasks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "completed_on",
                table: "tasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deadline_kind",
                table: "tasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deadline_label",
                table: "tasks",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "due_date",
                table: "tasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "evidence",
                table: "tasks",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "expected_product",
                table: "tasks",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "lead_unit_codes",
                table: "tasks",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Tasks assigned before this migration had one lead unit and, perhaps, a date.
            migrationBuilder.Sql("""
                UPDATE tasks SET lead_unit_codes = ARRAY[lead_unit_code], due_date = deadline,
                    deadline_kind = CASE WHEN deadline IS NULL THEN NULL ELSE 'Date' END,
                    deadline_label = to_char(deadline, 'DD/MM/YYYY');
                """);

            migrationBuilder.DropColumn(name: "lead_unit_code", table: "tasks");

            migrationBuilder.DropColumn(name: "deadline", table: "tasks");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "overdue_notified_at",
                table: "tasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "plan_id",
                table: "tasks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "plan_section",
                table: "tasks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recurrence",
                table: "tasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "supplementary",
                table: "tasks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "tasks",
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
                name: "plans",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    last_amendment_number = table.Column<int>(type: "integer", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.plan_id);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    period_label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_progress_reports_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_contributions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_key = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_contributions", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_contributions_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by_user = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    by_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    previous_due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    new_due_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_history_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_coordinating_unit_codes",
                table: "tasks",
                column: "coordinating_unit_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_lead_unit_codes",
                table: "tasks",
                column: "lead_unit_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_plan_id_annex_id",
                table: "tasks",
                columns: new[] { "plan_id", "annex_id" },
                unique: true,
                filter: "plan_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_state_due_date",
                table: "tasks",
                columns: new[] { "state", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

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
                name: "ix_progress_reports_task_id_period_key",
                table: "progress_reports",
                columns: new[] { "task_id", "period_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_unit_code_period_key",
                table: "progress_reports",
                columns: new[] { "unit_code", "period_key" });

            migrationBuilder.CreateIndex(
                name: "ix_report_contributions_task_id_period_key_unit_code",
                table: "report_contributions",
                columns: new[] { "task_id", "period_key", "unit_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_history_task_id_at",
                table: "task_history",
                columns: new[] { "task_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropTable(
                name: "report_contributions");

            migrationBuilder.DropTable(
                name: "task_history");

            migrationBuilder.DropIndex(
                name: "ix_tasks_coordinating_unit_codes",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_lead_unit_codes",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_plan_id_annex_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_state_due_date",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "all_units",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "annex_id",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "completed_on",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "deadline_kind",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "deadline_label",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "due_date",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "evidence",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "expected_product",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "lead_unit_codes",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "overdue_notified_at",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "plan_id",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "plan_section",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "recurrence",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "supplementary",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "tasks");

            migrationBuilder.DropColumn(name: "state", table: "tasks");

            migrationBuilder.DropColumn(name: "reported_done_on", table: "tasks");

            migrationBuilder.AddColumn<string>(
                name: "lead_unit_code",
                table: "tasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "deadline",
                table: "tasks",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_lead_unit_code",
                table: "tasks",
                column: "lead_unit_code");
        }
    }
}
