using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.Tasks.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "unit_day_counts",
                columns: table => new
                {
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<int>(type: "integer", nullable: false),
                    on_time = table.Column<int>(type: "integer", nullable: false),
                    open = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_day_counts", x => new { x.unit_code, x.due_date });
                });

            migrationBuilder.CreateTable(
                name: "unit_report_counts",
                columns: table => new
                {
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    period_key = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    on_time = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_report_counts", x => new { x.unit_code, x.period_key });
                });

            // The counters follow every write to tasks and progress_reports, in its transaction,
            // whichever path made it (EF, a bulk update, the bench's seed): the old row is taken
            // out, the new one put in. Units in code order, so two writers lock rows in one order.
            // PL/pgSQL rather than SQL functions: their plans are cached per session, which counts
            // for bulk writes (a plan's annex, the bench's seed).
            migrationBuilder.Sql("""
                CREATE FUNCTION count_task_for_units(t tasks, sign integer) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                INSERT INTO unit_day_counts AS c (unit_code, due_date, total, completed, on_time, open)
                SELECT u.code, coalesce(t.due_date, DATE '9999-12-31'), sign,
                       CASE WHEN t.state = 'Completed' THEN sign ELSE 0 END,
                       CASE WHEN t.state = 'Completed' AND (t.due_date IS NULL OR t.completed_on <= t.due_date) THEN sign ELSE 0 END,
                       CASE WHEN t.state <> 'Completed' THEN sign ELSE 0 END
                FROM (SELECT DISTINCT code FROM unnest(CASE WHEN t.all_units THEN ARRAY['*']::text[] ELSE t.lead_unit_codes END) AS code) AS u
                WHERE t.state <> 'Cancelled'
                ORDER BY u.code
                ON CONFLICT (unit_code, due_date) DO UPDATE SET total = c.total + excluded.total,
                    completed = c.completed + excluded.completed, on_time = c.on_time + excluded.on_time, open = c.open + excluded.open;
                END $$;

                CREATE FUNCTION tasks_count_units() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN PERFORM count_task_for_units(OLD, -1); END IF;
                    IF TG_OP <> 'DELETE' THEN PERFORM count_task_for_units(NEW, 1); END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER tasks_count_units AFTER INSERT OR DELETE ON tasks
                    FOR EACH ROW EXECUTE FUNCTION tasks_count_units();
                CREATE TRIGGER tasks_count_units_update AFTER UPDATE OF state, due_date, completed_on, lead_unit_codes, all_units ON tasks
                    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.due_date IS DISTINCT FROM NEW.due_date
                        OR OLD.completed_on IS DISTINCT FROM NEW.completed_on OR OLD.lead_unit_codes IS DISTINCT FROM NEW.lead_unit_codes
                        OR OLD.all_units IS DISTINCT FROM NEW.all_units)
                    EXECUTE FUNCTION tasks_count_units();

                CREATE FUNCTION count_report_for_unit(r progress_reports, sign integer) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                INSERT INTO unit_report_counts AS c (unit_code, period_key, total, on_time)
                VALUES (r.unit_code, r.period_key, sign, CASE WHEN r.submitted_on <= r.due_date THEN sign ELSE 0 END)
                ON CONFLICT (unit_code, period_key) DO UPDATE SET total = c.total + excluded.total, on_time = c.on_time + excluded.on_time;
                END $$;

                CREATE FUNCTION progress_reports_count_units() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN PERFORM count_report_for_unit(OLD, -1); END IF;
                    IF TG_OP <> 'DELETE' THEN PERFORM count_report_for_unit(NEW, 1); END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER progress_reports_count_units AFTER INSERT OR DELETE ON progress_reports
                    FOR EACH ROW EXECUTE FUNCTION progress_reports_count_units();
                CREATE TRIGGER progress_reports_count_units_update AFTER UPDATE OF unit_code, period_key, due_date, submitted_on ON progress_reports
                    FOR EACH ROW EXECUTE FUNCTION progress_reports_count_units();

                INSERT INTO unit_day_counts (unit_code, due_date, total, completed, on_time, open)
                SELECT u.code, coalesce(t.due_date, DATE '9999-12-31'), count(*),
                       count(*) FILTER (WHERE t.state = 'Completed'),
                       count(*) FILTER (WHERE t.state = 'Completed' AND (t.due_date IS NULL OR t.completed_on <= t.due_date)),
                       count(*) FILTER (WHERE t.state <> 'Completed')
                FROM tasks t CROSS JOIN LATERAL (
                    SELECT DISTINCT code FROM unnest(CASE WHEN t.all_units THEN ARRAY['*']::text[] ELSE t.lead_unit_codes END) AS code) AS u
                WHERE t.state <> 'Cancelled'
                GROUP BY 1, 2;

                INSERT INTO unit_report_counts (unit_code, period_key, total, on_time)
                SELECT unit_code, period_key, count(*), count(*) FILTER (WHERE submitted_on <= due_date)
                FROM progress_reports GROUP BY 1, 2;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER progress_reports_count_units_update ON progress_reports;
                DROP TRIGGER progress_reports_count_units ON progress_reports;
                DROP FUNCTION progress_reports_count_units();
                DROP FUNCTION count_report_for_unit(progress_reports, integer);
                DROP TRIGGER tasks_count_units_update ON tasks;
                DROP TRIGGER tasks_count_units ON tasks;
                DROP FUNCTION tasks_count_units();
                DROP FUNCTION count_task_for_units(tasks, integer);
                """);

            migrationBuilder.DropTable(
                name: "unit_day_counts");

            migrationBuilder.DropTable(
                name: "unit_report_counts");
        }
    }
}
