-- 200,000 tasks of 400 plans across Hải Phòng's 12 units (1 in 50 for "every unit"), due from 2024
-- to 2027, a third completed; 1,000,000 progress reports (five per task). Run after the migrations.
-- The counters' triggers (migration UnitCounts) are off during the bulk load and the counters filled
-- afterwards by the migration's own backfill: a million increments of 120 report counters inside
-- one transaction leave thousands of row versions per counter for each upsert to walk (it ran for
-- over 20 minutes). The service writes one task or report per transaction, where this cannot pile up.
ALTER TABLE tasks DISABLE TRIGGER USER;
ALTER TABLE progress_reports DISABLE TRIGGER USER;

INSERT INTO plans (plan_id, number, title, last_amendment_number, issued_at)
SELECT md5('plan' || p)::uuid, p || '/KH-UBND', 'Kế hoạch số ' || p, 0, now()
FROM generate_series(1, 400) AS p;

INSERT INTO tasks (id, plan_id, annex_id, title, plan_section, lead_unit_codes, all_units, coordinating_unit_codes,
                   expected_product, deadline_kind, due_date, deadline_label, state, supplementary, completed_on,
                   created_at, search_text, overdue_notified_at)
SELECT md5('task' || i)::uuid,
       md5('plan' || (i % 400 + 1))::uuid,
       i::text,
       'Nhiệm vụ số ' || i || ' về chuyển đổi số và đổi mới sáng tạo',
       'III. Nhiệm vụ, giải pháp',
       CASE WHEN i % 50 = 0 THEN '{}'::text[] ELSE ARRAY[(ARRAY['SKHCN','STC','SKHDT','SNN','SYT','SCT','SXD','SGTVT','STNMT','SDL','UBND-HB','UBND-LC'])[i % 12 + 1]] END,
       i % 50 = 0,
       ARRAY[(ARRAY['STC','SKHDT','SNV','STTTT'])[i % 4 + 1]],
       'Báo cáo kết quả',
       'Date',
       DATE '2024-01-01' + (i % 1460),
       to_char(DATE '2024-01-01' + (i % 1460), 'DD/MM/YYYY'),
       CASE WHEN i % 3 = 0 THEN 'Completed' WHEN i % 3 = 1 THEN 'InProgress' ELSE 'Assigned' END,
       false,
       CASE WHEN i % 3 = 0 THEN DATE '2024-01-01' + (i % 1460) + (i % 7) - 3 END,
       now() - make_interval(secs => i),
       'nhiem vu so ' || i || ' ve chuyen doi so va doi moi sang tao',
       -- Steady state: the overdue scan has announced every open task already late, so a running
       -- service (bench/tasks/gateway) does not publish 60,000 TaskBecameOverdue during the run.
       CASE WHEN i % 3 <> 0 AND DATE '2024-01-01' + (i % 1460) < current_date THEN now() END
FROM generate_series(1, 200000) AS i;

-- "My tasks" rows, as the service writes them on save: the migration TaskUnits' backfill.
INSERT INTO task_units (task_id, unit_code, leads, closed, due_date)
SELECT t.id, u.code, u.leads, t.state IN ('Completed', 'Cancelled'), t.due_date
FROM tasks t CROSS JOIN LATERAL (
    SELECT '*' AS code, true AS leads WHERE t.all_units
    UNION SELECT l, true FROM unnest(t.lead_unit_codes) AS l WHERE NOT t.all_units
    UNION SELECT c, false FROM unnest(t.coordinating_unit_codes) AS c
          WHERE NOT t.all_units AND NOT c = ANY (t.lead_unit_codes)
) AS u;

INSERT INTO progress_reports (id, task_id, period_key, period_label, due_date, unit_code, content, submitted_by, submitted_at, submitted_on)
SELECT md5('report' || i || '-' || r)::uuid,
       md5('task' || i)::uuid,
       (2023 + (r + 1) / 2) || CASE WHEN r % 2 = 1 THEN '-H1' ELSE '-Y' END,
       'Kỳ ' || r,
       CASE WHEN r % 2 = 1 THEN make_date(2023 + (r + 1) / 2, 6, 15) ELSE make_date(2023 + (r + 1) / 2, 11, 20) END,
       (ARRAY['SKHCN','STC','SKHDT','SNN','SYT','SCT','SXD','SGTVT','STNMT','SDL','UBND-HB','UBND-LC'])[i % 12 + 1],
       'Báo cáo tiến độ',
       'bench',
       now(),
       CASE WHEN r % 2 = 1 THEN make_date(2023 + (r + 1) / 2, 6, 10 + i % 10) ELSE make_date(2023 + (r + 1) / 2, 11, 15 + i % 10) END
FROM generate_series(1, 200000) AS i, generate_series(1, 5) AS r;

-- The counters, as the migration UnitCounts backfills them.
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
ALTER TABLE tasks ENABLE TRIGGER USER;
ALTER TABLE progress_reports ENABLE TRIGGER USER;

ANALYZE;
