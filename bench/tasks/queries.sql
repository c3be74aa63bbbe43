-- The two hot reads, as EF Core sends them for one unit (SKHCN) on 23/11/2026.
\timing on
\o /dev/null
-- "My tasks", first page: the unit leads or coordinates, overdue first.
PREPARE mine AS
SELECT id, title, lead_unit_codes, coordinating_unit_codes, due_date, state, completed_on FROM tasks
WHERE all_units OR lead_unit_codes && ARRAY['SKHCN'] OR coordinating_unit_codes && ARRAY['SKHCN']
ORDER BY state IN ('Completed', 'Cancelled'), (due_date IS NULL OR due_date >= DATE '2026-11-23'), due_date, id DESC
LIMIT 20;
PREPARE mine_count AS
SELECT count(*) FROM tasks WHERE all_units OR lead_unit_codes && ARRAY['SKHCN'] OR coordinating_unit_codes && ARRAY['SKHCN'];
-- The same with "= ANY", as Contains() translates: no index can serve it.
PREPARE mine_any AS
SELECT id, title, lead_unit_codes, coordinating_unit_codes, due_date, state, completed_on FROM tasks
WHERE all_units OR 'SKHCN' = ANY (lead_unit_codes) OR 'SKHCN' = ANY (coordinating_unit_codes)
ORDER BY state IN ('Completed', 'Cancelled'), (due_date IS NULL OR due_date >= DATE '2026-11-23'), due_date, id DESC
LIMIT 20;
-- The unit dashboard: every unit's figures, and its reports on time.
PREPARE units AS
SELECT u.unit, count(*), count(*) FILTER (WHERE t.state = 'Completed'),
       count(*) FILTER (WHERE t.state = 'Completed' AND (t.due_date IS NULL OR t.completed_on <= t.due_date)),
       count(*) FILTER (WHERE t.state <> 'Completed' AND t.due_date < DATE '2026-11-23')
FROM tasks t CROSS JOIN LATERAL unnest(t.lead_unit_codes) AS u(unit)
WHERE t.state <> 'Cancelled' AND NOT t.all_units GROUP BY u.unit;
PREPARE reports AS
SELECT unit_code, count(*), count(*) FILTER (WHERE submitted_on <= due_date) FROM progress_reports GROUP BY unit_code;
PREPARE units_period AS
SELECT u.unit, count(*), count(*) FILTER (WHERE t.state = 'Completed')
FROM tasks t CROSS JOIN LATERAL unnest(t.lead_unit_codes) AS u(unit)
WHERE t.state <> 'Cancelled' AND NOT t.all_units AND t.due_date BETWEEN DATE '2025-07-01' AND DATE '2025-12-31' GROUP BY u.unit;
PREPARE reports_period AS
SELECT unit_code, count(*), count(*) FILTER (WHERE submitted_on <= due_date) FROM progress_reports WHERE period_key = '2025-Y' GROUP BY unit_code;
