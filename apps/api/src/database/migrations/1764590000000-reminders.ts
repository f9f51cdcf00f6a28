import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders (issue #12). Each period carries its reminder ladder (the office changes it per
 * period); the committee's settings carry the default a new period takes. The ladder is written
 * out here rather than imported from libs/shared, so that this migration stores the same default
 * whatever the code later calls DEFAULT_REMINDER_LADDER.
 *
 * `reminders` holds every reminder sent to a unit about its report: a rung of the ladder, or the
 * office's đôn đốc with its words. The partial unique index is what sends a rung once per report
 * and effective due date, however many API processes sweep at the same time: a sweep inserts with
 * ON CONFLICT DO NOTHING and notifies only for the rows it inserted. An extension moves the due
 * date, so the rungs counted from the new date are new rows.
 */
export class Reminders1764590000000 implements MigrationInterface {
  name = 'Reminders1764590000000';

  async up(db: QueryRunner): Promise<void> {
    // As PostgreSQL prints it back (jsonb orders keys by length), which the entities' defaults repeat.
    const ladder = `'{"onDueDay": true, "daysBefore": [7, 3, 1], "repeatEveryDays": 3}'::jsonb`;
    await db.query(`ALTER TABLE reporting_periods ADD COLUMN reminder_ladder jsonb NOT NULL DEFAULT ${ladder}`);
    await db.query(`ALTER TABLE committee_settings ADD COLUMN reminder_ladder jsonb NOT NULL DEFAULT ${ladder}`);
    await db.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
        report_id uuid NOT NULL REFERENCES agency_reports(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL CHECK (kind IN ('ladder', 'manual')),
        rung integer,
        due_date date,
        message text,
        sent_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        CONSTRAINT reminders_ladder_has_rung CHECK (kind <> 'ladder' OR (rung IS NOT NULL AND due_date IS NOT NULL)),
        CONSTRAINT reminders_manual_has_message CHECK (kind <> 'manual' OR (message IS NOT NULL AND sent_by IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX reminders_ladder_rung_once_uq ON reminders (report_id, due_date, rung) WHERE kind = 'ladder'`);
    // The board and the dashboard's overdue list show each report's last reminder.
    await db.query(`CREATE INDEX reminders_report_latest_idx ON reminders (report_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reminders`);
    await db.query(`ALTER TABLE committee_settings DROP COLUMN reminder_ladder`);
    await db.query(`ALTER TABLE reporting_periods DROP COLUMN reminder_ladder`);
  }
}
