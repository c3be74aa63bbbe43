using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.Tasks.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "task_units",
                columns: table => new
                {
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    leads = table.Column<bool>(type: "boolean", nullable: false),
                    closed = table.Column<bool>(type: "boolean", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_units", x => new { x.task_id, x.unit_code });
                    table.ForeignKey(
                        name: "fk_task_units_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_task_units_unit_code_closed_due_date_task_id",
                table: "task_units",
                columns: new[] { "unit_code", "closed", "due_date", "task_id" },
                descending: new[] { false, false, false, true });

            // The existing tasks' rows, by the rule of TaskUnitRows.Expected.
            migrationBuilder.Sql(BackfillSql);
        }

        public const string BackfillSql = """
            INSERT INTO task_units (task_id, unit_code, leads, closed, due_date)
            SELECT t.id, u.code, u.leads, t.state IN ('Completed', 'Cancelled'), t.due_date
            FROM tasks t CROSS JOIN LATERAL (
                SELECT '*' AS code, true AS leads WHERE t.all_units
                UNION SELECT l, true FROM unnest(t.lead_unit_codes) AS l WHERE NOT t.all_units
                UNION SELECT c, false FROM unnest(t.coordinating_unit_codes) AS c
                      WHERE NOT t.all_units AND NOT c = ANY (t.lead_unit_codes)
            ) AS u
            ON CONFLICT DO NOTHING;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "task_units");
        }
    }
}
