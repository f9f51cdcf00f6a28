// The national stress dataset of the dashboard benchmarks: 63 provinces × 40 units × 16 half-year
// periods × 8 task groups, every report as a submission leaves it (~85 % on time, ~10 % late,
// ~5 % missing; deterministic by hash), straight into a migrated, empty database.
import { performance } from 'node:perf_hooks';

export const PROVINCES = 63;
export const UNITS_PER_PROVINCE = 40;
export const PERIODS = 16;
export const GROUPS = 8;

export async function seedNationalDataset(client) {
  const t0 = performance.now();
  await client.query(`
    INSERT INTO agencies (code, name, short_name, kind, display_order)
    SELECT format('P%sU%s', p, u), format('Đơn vị %s tỉnh %s', u, p), format('ĐV %s-%s', p, u), 'department', u
      FROM generate_series(1, ${PROVINCES}) p, generate_series(1, ${UNITS_PER_PROVINCE}) u`);
  await client.query(`
    INSERT INTO reporting_periods (title, kind, year, sequence, cut_off_from, cut_off_to, due_date, state)
    SELECT format('Báo cáo 6 tháng %s năm %s', CASE WHEN i % 2 = 0 THEN 'đầu' ELSE 'cuối' END, 2014 + i / 2),
           'half_year', 2014 + i / 2, i % 2 + 1,
           make_date(2014 + i / 2 - (1 - i % 2), CASE WHEN i % 2 = 0 THEN 12 ELSE 6 END, 15),
           make_date(2014 + i / 2, CASE WHEN i % 2 = 0 THEN 6 ELSE 12 END, 14),
           make_date(2014 + i / 2, CASE WHEN i % 2 = 0 THEN 6 ELSE 12 END, 17),
           CASE WHEN i = ${PERIODS - 1} THEN 'open' ELSE 'closed' END
      FROM generate_series(0, ${PERIODS - 1}) i`);
  await client.query(`
    INSERT INTO task_groups (period_id, ordinal, title, short_name)
    SELECT p.id, g, format('Nhóm nhiệm vụ %s', g), format('Nhóm %s', g) FROM reporting_periods p, generate_series(1, ${GROUPS}) g`);
  await client.query(`
    INSERT INTO indicators (task_group_id, ordinal, name, unit, aggregation, target)
    SELECT id, 1, 'Tin, bài', 'tin/bài', 'sum', 100000 FROM task_groups`);
  // Every unit reports every period: ~85 % on time, ~10 % late, ~5 % missing (deterministic by hash).
  await client.query(`
    INSERT INTO agency_reports (period_id, agency_id, state, first_submitted_at, last_submitted_at, version_number)
    SELECT p.id, a.id,
           CASE WHEN h < 95 THEN 'accepted' ELSE 'draft' END,
           CASE WHEN h < 85 THEN (p.due_date - 2)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
                WHEN h < 95 THEN (p.due_date + 3)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
           CASE WHEN h < 85 THEN (p.due_date - 2)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
                WHEN h < 95 THEN (p.due_date + 3)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
           CASE WHEN h < 95 THEN 1 ELSE 0 END
      FROM reporting_periods p CROSS JOIN agencies a
      CROSS JOIN LATERAL (SELECT abs(hashtext(p.id::text || a.id::text)) % 100 AS h) x`);
  await client.query(`
    INSERT INTO report_sections (report_id, task_group_id, applicable, status, text, version)
    SELECT r.id, g.id, (x.h % 20) <> 0,
           CASE WHEN (x.h % 20) = 0 THEN 'not_applicable' WHEN x.h % 5 = 0 THEN 'in_progress' ELSE 'done' END,
           'Kết quả thực hiện nhiệm vụ trong kỳ.', 1
      FROM agency_reports r JOIN task_groups g ON g.period_id = r.period_id
      CROSS JOIN LATERAL (SELECT abs(hashtext(r.id::text || g.id::text)) % 100 AS h) x`);
  await client.query(`
    INSERT INTO report_sections (report_id, general_key, text)
    SELECT r.id, k, '' FROM agency_reports r
    CROSS JOIN unnest(ARRAY['strengths','limitations','causes','difficulties','proposals','next_plan']) k`);
  await client.query(`
    INSERT INTO indicator_values (section_id, indicator_id, value)
    SELECT s.id, i.id, 1 + abs(hashtext(s.id::text)) % 50
      FROM report_sections s JOIN indicators i ON i.task_group_id = s.task_group_id
      JOIN agency_reports r ON r.id = s.report_id AND r.first_submitted_at IS NOT NULL`);
  // What a submission does (ReportsRepository.freezeSubmittedFigures): the dashboard counts these.
  await client.query(`
    UPDATE report_sections s SET submitted_status = s.status
      FROM agency_reports r WHERE r.id = s.report_id AND r.first_submitted_at IS NOT NULL AND s.task_group_id IS NOT NULL`);
  await client.query(`INSERT INTO submitted_indicator_values (section_id, indicator_id, value) SELECT section_id, indicator_id, value FROM indicator_values`);
  await client.query('VACUUM ANALYZE');
  const seconds = (performance.now() - t0) / 1000;
  const counts = (await client.query(`SELECT (SELECT count(*) FROM agency_reports)::int AS reports,
      (SELECT count(*) FROM report_sections WHERE task_group_id IS NOT NULL)::int AS task_sections,
      (SELECT count(*) FROM report_sections)::int AS sections,
      pg_size_pretty(pg_database_size(current_database())) AS size`)).rows[0];
  return { seconds, ...counts };
}
