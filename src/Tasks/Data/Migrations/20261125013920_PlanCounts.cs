using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.Tasks.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plan_day_counts",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<int>(type: "integer", nullable: false),
                    on_time = table.Column<int>(type: "integer", nullable: false),
                    open = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_day_counts", x => new { x.plan_id, x.due_date });
                });

            // Kept as unit_day_counts is (migration UnitCounts): every write to tasks, in its
            // transaction, whichever path made it; the old row taken out, the new one put in.
            migrationBuilder.Sql("""
                CREATE FUNCTION count_task_for_plan(t tasks, sign integer) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                IF t.plan_id IS NULL OR t.state = 'Cancelled' THEN RETURN; END IF;
                INSERT INTO plan_day_counts AS c (plan_id, due_date, total, completed, on_time, open)
                VALUES (t.plan_id, coalesce(t.due_date, DATE '9999-12-31'), sign,
                        CASE WHEN t.state = 'Completed' THEN sign ELSE 0 END,
                        CASE WHEN t.state = 'Completed' AND (t.due_date IS NULL OR t.completed_on <= t.due_date) THEN sign ELSE 0 END,
                        CASE WHEN t.state <> 'Completed' THEN sign ELSE 0 END)
                ON CONFLICT (plan_id, due_date) DO UPDATE SET total = c.total + excluded.total,
                    completed = c.completed + excluded.completed, on_time = c.on_time + excluded.on_time, open = c.open + excluded.open;
                END $$;

                CREATE FUNCTION tasks_count_plans() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN PERFORM count_task_for_plan(OLD, -1); END IF;
                    IF TG_OP <> 'DELETE' THEN PERFORM count_task_for_plan(NEW, 1); END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER tasks_count_plans AFTER INSERT OR DELETE ON tasks
                    FOR EACH ROW EXECUTE FUNCTION tasks_count_plans();
                CREATE TRIGGER tasks_count_plans_update AFTER UPDATE OF state, due_date, completed_on, plan_id ON tasks
                    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.due_date IS DISTINCT FROM NEW.due_date
                        OR OLD.completed_on IS DISTINCT FROM NEW.completed_on OR OLD.plan_id IS DISTINCT FROM NEW.plan_id)
                    EXECUTE FUNCTION tasks_count_plans();

                INSERT INTO plan_day_counts (plan_id, due_date, total, completed, on_time, open)
                SELECT plan_id, coalesce(due_date, DATE '9999-12-31'), count(*),
                       count(*) FILTER (WHERE state = 'Completed'),
                       count(*) FILTER (WHERE state = 'Completed' AND (due_date IS NULL OR completed_on <= due_date)),
                       count(*) FILTER (WHERE state <> 'Completed')
                FROM tasks
                WHERE plan_id IS NOT NULL AND state <> 'Cancelled'
                GROUP BY 1, 2;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tasks_count_plans_update ON tasks;
                DROP TRIGGER tasks_count_plans ON tasks;
                DROP FUNCTION tasks_count_plans();
                DROP FUNCTION count_task_for_plan(tasks, integer);
                """);

            migrationBuilder.DropTable(
                name: "plan_day_counts");
        }
    }
}
