import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-report task tallies for the dashboard's trend: how many task sections a report has, and how
 * many of them are done, waived by the office (not applicable) or declared not applicable by the
 * unit. The trend of six national-scale periods then reads 15,000 report rows instead of 120,000
 * sections. Triggers keep them in the same transaction as the sections they count, so no code path
 * can forget them and the figures stay live (no batch). Statement triggers with transition tables
 * for bulk inserts and deletes (opening a period writes thousands of sections); a row trigger, only
 * when `applicable` or `status` really changes, for updates (the autosave's text-only saves skip it).
 */
export class DashboardTallies1764470000000 implements MigrationInterface {
  name = 'DashboardTallies1764470000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE agency_reports
        ADD COLUMN task_count integer NOT NULL DEFAULT 0,
        ADD COLUMN tasks_done integer NOT NULL DEFAULT 0,
        ADD COLUMN tasks_waived integer NOT NULL DEFAULT 0,
        ADD COLUMN tasks_declared_na integer NOT NULL DEFAULT 0`);
    await db.query(`COMMENT ON COLUMN agency_reports.tasks_done IS 'applicable task sections whose self-assessed status is done (kept by trigger)'`);
    await db.query(`COMMENT ON COLUMN agency_reports.tasks_waived IS 'task sections the office marked not applicable (kept by trigger)'`);
    await db.query(`COMMENT ON COLUMN agency_reports.tasks_declared_na IS 'applicable task sections the unit assessed not applicable (kept by trigger)'`);

    for (const [name, table, sign] of [
      ['agency_reports_tally_inserted', 'inserted', '+'],
      ['agency_reports_tally_deleted', 'deleted', '-'],
    ] as const) {
      await db.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE agency_reports r
             SET task_count = r.task_count ${sign} d.n,
                 tasks_done = r.tasks_done ${sign} d.done,
                 tasks_waived = r.tasks_waived ${sign} d.waived,
                 tasks_declared_na = r.tasks_declared_na ${sign} d.declared_na
            FROM (SELECT report_id, count(*)::int AS n,
                         count(*) FILTER (WHERE applicable AND status = 'done')::int AS done,
                         count(*) FILTER (WHERE NOT applicable)::int AS waived,
                         count(*) FILTER (WHERE applicable AND status = 'not_applicable')::int AS declared_na
                    FROM ${table} WHERE task_group_id IS NOT NULL GROUP BY report_id) d
           WHERE r.id = d.report_id;
          RETURN NULL;
        END $$`);
    }
    await db.query(`
      CREATE TRIGGER report_sections_tally_insert AFTER INSERT ON report_sections
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION agency_reports_tally_inserted()`);
    await db.query(`
      CREATE TRIGGER report_sections_tally_delete AFTER DELETE ON report_sections
        REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION agency_reports_tally_deleted()`);
    await db.query(`
      CREATE FUNCTION agency_reports_tally_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agency_reports
           SET tasks_done = tasks_done
                 + (NEW.applicable AND coalesce(NEW.status = 'done', false))::int
                 - (OLD.applicable AND coalesce(OLD.status = 'done', false))::int,
               tasks_waived = tasks_waived + (NOT NEW.applicable)::int - (NOT OLD.applicable)::int,
               tasks_declared_na = tasks_declared_na
                 + (NEW.applicable AND coalesce(NEW.status = 'not_applicable', false))::int
                 - (OLD.applicable AND coalesce(OLD.status = 'not_applicable', false))::int
         WHERE id = NEW.report_id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER report_sections_tally_update AFTER UPDATE OF applicable, status ON report_sections
        FOR EACH ROW WHEN (NEW.task_group_id IS NOT NULL
                           AND (OLD.applicable IS DISTINCT FROM NEW.applicable OR OLD.status IS DISTINCT FROM NEW.status))
        EXECUTE FUNCTION agency_reports_tally_updated()`);

    await db.query(`
      UPDATE agency_reports r
         SET task_count = d.n, tasks_done = d.done, tasks_waived = d.waived, tasks_declared_na = d.declared_na
        FROM (SELECT report_id, count(*)::int AS n,
                     count(*) FILTER (WHERE applicable AND status = 'done')::int AS done,
                     count(*) FILTER (WHERE NOT applicable)::int AS waived,
                     count(*) FILTER (WHERE applicable AND status = 'not_applicable')::int AS declared_na
                FROM report_sections WHERE task_group_id IS NOT NULL GROUP BY report_id) d
       WHERE r.id = d.report_id`);

    // A period's reports with what the headline and the trend need, answerable from the index alone.
    await db.query(`
      CREATE INDEX agency_reports_figures_idx ON agency_reports (period_id)
        INCLUDE (first_submitted_at, extended_due_date, task_count, tasks_done, tasks_waived, tasks_declared_na)`);
    // The period's task sections by task group, answerable from the index alone (completion per
    // group and indicator totals join on these), and indicator values with their section.
    await db.query(`
      CREATE INDEX report_sections_task_group_cover_idx ON report_sections (task_group_id)
        INCLUDE (report_id, id, applicable, status) WHERE task_group_id IS NOT NULL`);
    await db.query(`DROP INDEX report_sections_task_group_idx`);
    await db.query(`CREATE INDEX indicator_values_indicator_cover_idx ON indicator_values (indicator_id) INCLUDE (section_id, value)`);
    await db.query(`DROP INDEX indicator_values_indicator_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX indicator_values_indicator_idx ON indicator_values (indicator_id) INCLUDE (value)`);
    await db.query(`DROP INDEX indicator_values_indicator_cover_idx`);
    await db.query(`CREATE INDEX report_sections_task_group_idx ON report_sections (task_group_id)`);
    await db.query(`DROP INDEX report_sections_task_group_cover_idx`);
    await db.query(`DROP INDEX agency_reports_figures_idx`);
    await db.query(`DROP TRIGGER report_sections_tally_update ON report_sections`);
    await db.query(`DROP TRIGGER report_sections_tally_delete ON report_sections`);
    await db.query(`DROP TRIGGER report_sections_tally_insert ON report_sections`);
    await db.query(`DROP FUNCTION agency_reports_tally_updated()`);
    await db.query(`DROP FUNCTION agency_reports_tally_deleted()`);
    await db.query(`DROP FUNCTION agency_reports_tally_inserted()`);
    await db.query(`
      ALTER TABLE agency_reports DROP COLUMN task_count, DROP COLUMN tasks_done,
        DROP COLUMN tasks_waived, DROP COLUMN tasks_declared_na`);
  }
}
