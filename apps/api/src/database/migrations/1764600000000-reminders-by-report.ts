import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reminder is about one report, and the report knows its period and its unit: `reminders`
 * keeps only `report_id` (issue #12's benchmark: the hourly sweep records one row per unit that
 * has not submitted, and each extra foreign key locked the period's and the unit's row 2,520
 * times at national scale). The once-per-rung index is no longer partial, so it also serves
 * "last reminder of a report" (manual reminders have no rung and no due date; NULLs never
 * conflict), and the separate index for that goes.
 */
export class RemindersByReport1764600000000 implements MigrationInterface {
  name = 'RemindersByReport1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reminders_undelivered_idx`);
    await db.query(`DROP INDEX reminders_report_latest_idx`);
    await db.query(`DROP INDEX reminders_ladder_rung_once_uq`);
    await db.query(`ALTER TABLE reminders DROP COLUMN period_id, DROP COLUMN agency_id`);
    await db.query(`CREATE UNIQUE INDEX reminders_rung_once_uq ON reminders (report_id, due_date, rung)`);
    await db.query(`CREATE INDEX reminders_undelivered_idx ON reminders (report_id) WHERE delivered_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reminders_undelivered_idx`);
    await db.query(`DROP INDEX reminders_rung_once_uq`);
    await db.query(`ALTER TABLE reminders ADD COLUMN period_id uuid REFERENCES reporting_periods(id) ON DELETE CASCADE, ADD COLUMN agency_id uuid REFERENCES agencies(id)`);
    await db.query(`UPDATE reminders m SET period_id = r.period_id, agency_id = r.agency_id FROM agency_reports r WHERE r.id = m.report_id`);
    await db.query(`ALTER TABLE reminders ALTER COLUMN period_id SET NOT NULL, ALTER COLUMN agency_id SET NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX reminders_ladder_rung_once_uq ON reminders (report_id, due_date, rung) WHERE kind = 'ladder'`);
    await db.query(`CREATE INDEX reminders_report_latest_idx ON reminders (report_id, created_at DESC)`);
    await db.query(`CREATE INDEX reminders_undelivered_idx ON reminders (period_id) WHERE delivered_at IS NULL`);
  }
}
