import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-unit due dates (issue #12): some units report earlier or later than the period under their
 * own regulation. The date belongs to the unit's obligation, which lives in two places over a
 * period's life: while the period is a draft it is the row of `period_agencies` (the office's
 * list of units that must report, where the office sets the date); opening makes each such row a
 * report in `agency_reports`, which carries the date from then on (`unit_due_date`) as it carries
 * the unit's name — so every reader of a report's due date (the board, the dashboard's SQL, the
 * summary, the submission's timeliness) finds it on the report row itself, and a report moved to a
 * successor unit by a merge keeps it. Dates are stored as settled on the working calendar, as the
 * period's own due date is.
 *
 * Extensions granted so far were stored as given, a Saturday staying a Saturday; those of reports
 * not yet submitted move to the next working day where their period rolls due dates over (its
 * holidays as the table has them now). Submitted reports keep theirs: their timeliness is decided.
 */
export class UnitDueDates1764585000000 implements MigrationInterface {
  name = 'UnitDueDates1764585000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE period_agencies ADD COLUMN due_date date`);
    await db.query(`ALTER TABLE agency_reports ADD COLUMN unit_due_date date`);
    // The dashboard's figures read a report's due date from the covering index alone.
    await db.query(`DROP INDEX agency_reports_figures_idx`);
    await db.query(`
      CREATE INDEX agency_reports_figures_idx ON agency_reports (period_id)
        INCLUDE (first_submitted_at, extended_due_date, unit_due_date, task_count, tasks_done, tasks_waived, tasks_declared_na)`);
    await db.query(`
      UPDATE agency_reports r
         SET extended_due_date = (
               SELECT min(d)::date FROM generate_series(r.extended_due_date, r.extended_due_date + 31, interval '1 day') AS d
                WHERE extract(isodow FROM d) < 6 AND d::date NOT IN (SELECT date FROM public_holidays))
        FROM reporting_periods p
       WHERE p.id = r.period_id AND p.shift_due_date_to_working_day
         AND r.extended_due_date IS NOT NULL AND r.first_submitted_at IS NULL
         AND (extract(isodow FROM r.extended_due_date) >= 6 OR r.extended_due_date IN (SELECT date FROM public_holidays))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX agency_reports_figures_idx`);
    await db.query(`
      CREATE INDEX agency_reports_figures_idx ON agency_reports (period_id)
        INCLUDE (first_submitted_at, extended_due_date, task_count, tasks_done, tasks_waived, tasks_declared_na)`);
    await db.query(`ALTER TABLE agency_reports DROP COLUMN unit_due_date`);
    await db.query(`ALTER TABLE period_agencies DROP COLUMN due_date`);
  }
}
