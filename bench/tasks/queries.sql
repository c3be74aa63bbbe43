-- The hot reads, as EF Core sends them for one unit (SKHCN) on 23/11/2026.
\timing on
\o /dev/null
-- "My tasks", first page, as MyTasks.PageAsync sends it: the first rows of the unit's range and of
-- the "every unit" range of task_units, merged, then those tasks (the order needs no date).
PREPARE mine AS
SELECT t.id, t.plan_id, t.annex_id, t.title, t.plan_section, t.lead_unit_codes, t.all_units, t.coordinating_unit_codes, t.expected_product, t.deadline_kind, t.due_date, t.deadline_label, t.recurrence, t.state, t.completed_on, t.supplementary, t.reported_done_on, t.evidence, t.created_at
FROM tasks AS t
WHERE t.id IN (
    SELECT u.task_id FROM (
        SELECT t2.task_id, t2.closed, t2.due_date FROM (
            SELECT t0.task_id, t0.closed, t0.due_date FROM task_units AS t0 WHERE t0.unit_code = 'SKHCN'
            ORDER BY t0.closed, t0.due_date, t0.task_id DESC LIMIT 20) AS t2
        UNION ALL
        SELECT t3.task_id, t3.closed, t3.due_date FROM (
            SELECT t1.task_id, t1.closed, t1.due_date FROM task_units AS t1 WHERE t1.unit_code = '*'
            ORDER BY t1.closed, t1.due_date, t1.task_id DESC LIMIT 20) AS t3
    ) AS u
    ORDER BY u.closed, u.due_date, u.task_id DESC LIMIT 20 OFFSET 0)
ORDER BY t.state IN ('Completed', 'Cancelled'), t.due_date, t.id DESC;
PREPARE mine_count AS
SELECT count(*)::int FROM task_units AS t WHERE t.unit_code = 'SKHCN' OR t.unit_code = '*';
-- Before task_units, for comparison: every task of the unit sorted, and its count by array overlap.
PREPARE mine_before AS
SELECT id, title, lead_unit_codes, coordinating_unit_codes, due_date, state, completed_on FROM tasks
WHERE all_units OR lead_unit_codes && ARRAY['SKHCN'] OR coordinating_unit_codes && ARRAY['SKHCN']
ORDER BY state IN ('Completed', 'Cancelled'), (due_date IS NULL OR due_date >= DATE '2026-11-23'), due_date, id DESC
LIMIT 20;
PREPARE mine_count_before AS
SELECT count(*) FROM tasks WHERE all_units OR lead_unit_codes && ARRAY['SKHCN'] OR coordinating_unit_codes && ARRAY['SKHCN'];
-- The unit dashboard as DashboardQueries sends it now: sums of the counters the triggers keep
-- (migration UnitCounts), at most one row per unit and due day; overdue is the open of past days.
PREPARE units AS
SELECT u.unit_code, sum(u.total)::int, sum(u.completed)::int, sum(u.on_time)::int,
       sum(CASE WHEN u.due_date < DATE '2026-11-23' THEN u.open ELSE 0 END)::int
FROM unit_day_counts AS u GROUP BY u.unit_code HAVING sum(u.total) > 0;
PREPARE reports AS
SELECT u.unit_code, sum(u.total)::int, sum(u.on_time)::int FROM unit_report_counts AS u GROUP BY u.unit_code;
PREPARE unit AS
SELECT u.unit_code, sum(u.total)::int, sum(u.completed)::int, sum(u.on_time)::int,
       sum(CASE WHEN u.due_date < DATE '2026-11-23' THEN u.open ELSE 0 END)::int
FROM unit_day_counts AS u WHERE u.unit_code = 'SKHCN' GROUP BY u.unit_code HAVING sum(u.total) > 0;
PREPARE units_period AS
SELECT u.unit_code, sum(u.total)::int, sum(u.completed)::int, sum(u.on_time)::int,
       sum(CASE WHEN u.due_date < DATE '2026-11-23' THEN u.open ELSE 0 END)::int
FROM unit_day_counts AS u WHERE u.due_date >= DATE '2025-07-01' AND u.due_date <= DATE '2025-12-31'
GROUP BY u.unit_code HAVING sum(u.total) > 0;
PREPARE reports_period AS
SELECT u.unit_code, sum(u.total)::int, sum(u.on_time)::int FROM unit_report_counts AS u WHERE u.period_key = '2025-Y' GROUP BY u.unit_code;
-- The office dashboard's per-plan table as DashboardQueries sends it now (migration PlanCounts):
-- the same sums over plan_day_counts, at most one row per plan and due day.
PREPARE plans AS
SELECT p.plan_id, sum(p.total)::int, sum(p.completed)::int, sum(p.on_time)::int,
       sum(CASE WHEN p.due_date < DATE '2026-11-23' THEN p.open ELSE 0 END)::int
FROM plan_day_counts AS p GROUP BY p.plan_id HAVING sum(p.total) > 0;
-- Before the counters, for comparison: every task and every report aggregated per request.
PREPARE plans_before AS
SELECT t.plan_id, count(*), count(*) FILTER (WHERE t.state = 'Completed'),
       count(*) FILTER (WHERE t.state = 'Completed' AND (t.due_date IS NULL OR t.completed_on <= t.due_date)),
       count(*) FILTER (WHERE t.state <> 'Completed' AND t.due_date < DATE '2026-11-23')
FROM tasks t WHERE t.state <> 'Cancelled' AND t.plan_id IS NOT NULL GROUP BY t.plan_id;
PREPARE units_before AS
SELECT u.unit, count(*), count(*) FILTER (WHERE t.state = 'Completed'),
       count(*) FILTER (WHERE t.state = 'Completed' AND (t.due_date IS NULL OR t.completed_on <= t.due_date)),
       count(*) FILTER (WHERE t.state <> 'Completed' AND t.due_date < DATE '2026-11-23')
FROM tasks t CROSS JOIN LATERAL unnest(t.lead_unit_codes) AS u(unit)
WHERE t.state <> 'Cancelled' AND NOT t.all_units GROUP BY u.unit;
PREPARE reports_before AS
SELECT unit_code, count(*), count(*) FILTER (WHERE submitted_on <= due_date) FROM progress_reports GROUP BY unit_code;
PREPARE units_period_before AS
SELECT u.unit, count(*), count(*) FILTER (WHERE t.state = 'Completed')
FROM tasks t CROSS JOIN LATERAL unnest(t.lead_unit_codes) AS u(unit)
WHERE t.state <> 'Cancelled' AND NOT t.all_units AND t.due_date BETWEEN DATE '2025-07-01' AND DATE '2025-12-31' GROUP BY u.unit;
PREPARE reports_period_before AS
SELECT unit_code, count(*), count(*) FILTER (WHERE submitted_on <= due_date) FROM progress_reports WHERE period_key = '2025-Y' GROUP BY unit_code;
