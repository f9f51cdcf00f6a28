import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins counted per account and per client address (SignInThrottleRepository), and the
 * time each session was last used, so an idle session ends before its absolute lifetime.
 */
export class SignInThrottle1764540000000 implements MigrationInterface {
  name = 'SignInThrottle1764540000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_throttles (
        key varchar(300) PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await db.query(`ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN last_seen_at`);
    await db.query(`DROP TABLE sign_in_throttles`);
  }
}
