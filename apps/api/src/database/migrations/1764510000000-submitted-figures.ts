import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The figures a unit has submitted, kept apart from the ones it is typing. A returned report is
 * edited in place (report_sections.status, indicator_values) while its last submission still
 * stands; the dashboard must count the submission, not the draft. Submitting copies the status to
 * `submitted_status` and the values to `submitted_indicator_values`; the task tallies, the heatmap,
 * completion per task group and the indicator totals read those. Filled here from each report's
 * last version, the submission as it was frozen.
 */
export class SubmittedFigures1764510000000 implements MigrationInterface {
  name = 'SubmittedFigures1764510000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE report_sections ADD COLUMN submitted_status varchar(20)`);
    await db.query(`COMMENT ON COLUMN report_sections.submitted_status IS 'the task status of the last submission (null before the first)'`);
    await db.query(`
      CREATE TABLE submitted_indicator_values (
        section_id uuid NOT NULL REFERENCES report_sections(id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        value numeric(14,2) NOT NULL CHECK (value >= 0),
        PRIMARY KEY (section_id, indicator_id)
      )`);
    await db.query(`CREATE INDEX submitted_indicator_values_indicator_idx ON submitted_indicator_values (indicator_id) INCLUDE (section_id, value)`);

    const lastVersionSections = `
      WITH latest AS (
        SELECT DISTINCT ON (report_id) report_id, content FROM report_versions ORDER BY report_id, number DESC
      )
      SELECT s.id AS section_id, g.id AS task_group_id, vs
        FROM latest v
        CROSS JOIN LATERAL jsonb_array_elements(v.content->'sections') vs
        JOIN report_sections s ON s.report_id = v.report_id
        JOIN task_groups g ON g.id = s.task_group_id AND vs->>'key' = 'tg:' || g.ordinal`;
    await db.query(`
      UPDATE report_sections s SET submitted_status = x.vs->>'status'
        FROM (${lastVersionSections}) x WHERE s.id = x.section_id AND s.applicable`);
    await db.query(`
      INSERT INTO submitted_indicator_values (section_id, indicator_id, value)
      SELECT x.section_id, i.id, (iv->>'value')::numeric
        FROM (${lastVersionSections}) x
        CROSS JOIN LATERAL jsonb_array_elements(x.vs->'indicatorValues') iv
        JOIN indicators i ON i.task_group_id = x.task_group_id AND i.name = iv->>'name' AND i.unit = iv->>'unit'
       WHERE iv->>'value' IS NOT NULL
      ON CONFLICT DO NOTHING`);

    await countTasksBy(db, 'submitted_status');

    // The dashboard's index-only reads, now of the submitted status.
    await db.query(`DROP INDEX report_sections_task_group_cover_idx`);
    await db.query(`
      CREATE INDEX report_sections_task_group_cover_idx ON report_sections (task_group_id)
        INCLUDE (report_id, id, applicable, submitted_status) WHERE task_group_id IS NOT NULL`);
    await db.query(`DROP INDEX report_sections_task_status_idx`);
    await db.query(`
      CREATE INDEX report_sections_task_status_idx ON report_sections (report_id)
        INCLUDE (task_group_id, applicable, submitted_status) WHERE task_group_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX report_sections_task_status_idx`);
    await db.query(`
      CREATE INDEX report_sections_task_status_idx ON report_sections (report_id)
        INCLUDE (task_group_id, applicable, status) WHERE task_group_id IS NOT NULL`);
    await db.query(`DROP INDEX report_sections_task_group_cover_idx`);
    await db.query(`
      CREATE INDEX report_sections_task_group_cover_idx ON report_sections (task_group_id)
        INCLUDE (report_id, id, applicable, status) WHERE task_group_id IS NOT NULL`);
    await db.query(`DROP TABLE submitted_indicator_values`);
    await countTasksBy(db, 'status');
    await db.query(`ALTER TABLE report_sections DROP COLUMN submitted_status`);
  }
}

/** Points the task tallies' triggers at one status column and recounts every report by it. */
async function countTasksBy(db: QueryRunner, column: 'status' | 'submitted_status'): Promise<void> {
  for (const [name, table, sign] of [
    ['agency_reports_tally_inserted', 'inserted', '+'],
    ['agency_reports_tally_deleted', 'deleted', '-'],
  ] as const) {
    await db.query(`
      CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agency_reports r
           SET task_count = r.task_count ${sign} d.n,
               tasks_done = r.tasks_done ${sign} d.done,
               tasks_waived = r.tasks_waived ${sign} d.waived,
               tasks_declared_na = r.tasks_declared_na ${sign} d.declared_na
          FROM (SELECT report_id, count(*)::int AS n,
                       count(*) FILTER (WHERE applicable AND ${column} = 'done')::int AS done,
                       count(*) FILTER (WHERE NOT applicable)::int AS waived,
                       count(*) FILTER (WHERE applicable AND ${column} = 'not_applicable')::int AS declared_na
                  FROM ${table} WHERE task_group_id IS NOT NULL GROUP BY report_id) d
         WHERE r.id = d.report_id;
        RETURN NULL;
      END $$`);
  }
  await db.query(`
    CREATE OR REPLACE FUNCTION agency_reports_tally_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE agency_reports
         SET tasks_done = tasks_done
               + (NEW.applicable AND coalesce(NEW.${column} = 'done', false))::int
               - (OLD.applicable AND coalesce(OLD.${column} = 'done', false))::int,
             tasks_waived = tasks_waived + (NOT NEW.applicable)::int - (NOT OLD.applicable)::int,
             tasks_declared_na = tasks_declared_na
               + (NEW.applicable AND coalesce(NEW.${column} = 'not_applicable', false))::int
               - (OLD.applicable AND coalesce(OLD.${column} = 'not_applicable', false))::int
       WHERE id = NEW.report_id;
      RETURN NULL;
    END $$`);
  await db.query(`DROP TRIGGER report_sections_tally_update ON report_sections`);
  await db.query(`
    CREATE TRIGGER report_sections_tally_update AFTER UPDATE OF applicable, ${column} ON report_sections
      FOR EACH ROW WHEN (NEW.task_group_id IS NOT NULL
                         AND (OLD.applicable IS DISTINCT FROM NEW.applicable OR OLD.${column} IS DISTINCT FROM NEW.${column}))
      EXECUTE FUNCTION agency_reports_tally_updated()`);
  await db.query(`
    UPDATE agency_reports r
       SET tasks_done = coalesce(d.done, 0), tasks_declared_na = coalesce(d.declared_na, 0)
      FROM agency_reports r2
      LEFT JOIN (SELECT report_id,
                        count(*) FILTER (WHERE applicable AND ${column} = 'done')::int AS done,
                        count(*) FILTER (WHERE applicable AND ${column} = 'not_applicable')::int AS declared_na
                   FROM report_sections WHERE task_group_id IS NOT NULL GROUP BY report_id) d ON d.report_id = r2.id
     WHERE r.id = r2.id`);
}
