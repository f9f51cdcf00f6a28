import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ladder reminder is recorded when it is delivered: the sweep hands its decisions to delivery as
 * a job (issue #12), so no row waits undelivered and the index that found them goes. Rows recorded
 * and not yet delivered when this runs are removed: the next sweep decides them again and they go
 * out once.
 */
export class RemindersRecordedWhenDelivered1764605000000 implements MigrationInterface {
  name = 'RemindersRecordedWhenDelivered1764605000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM reminders WHERE kind = 'ladder' AND delivered_at IS NULL`);
    await db.query(`DROP INDEX reminders_undelivered_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX reminders_undelivered_idx ON reminders (report_id) WHERE delivered_at IS NULL`);
  }
}
