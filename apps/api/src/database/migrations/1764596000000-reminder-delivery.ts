import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sweep records the rungs falling due and delivers them afterwards (issue #12's benchmark asks
 * the sweep to decide and record at the speed of the SQL that finds the units; notifying 5,000
 * people is the slower half). `delivered_at` is empty from the moment a rung is recorded until
 * the notifications of it are written, in another transaction; a delivery that failed is taken
 * up again by the next run. Reminders recorded before this column existed were delivered at once.
 */
export class ReminderDelivery1764596000000 implements MigrationInterface {
  name = 'ReminderDelivery1764596000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE reminders ADD COLUMN delivered_at timestamptz`);
    await db.query(`UPDATE reminders SET delivered_at = created_at`);
    await db.query(`CREATE INDEX reminders_undelivered_idx ON reminders (period_id) WHERE delivered_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reminders_undelivered_idx`);
    await db.query(`ALTER TABLE reminders DROP COLUMN delivered_at`);
  }
}
