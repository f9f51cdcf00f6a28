import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The demo clock (demo mode only, GET/PUT /api/demo-clock): how far the administrator moved the
 * app's time from the real one, in one row, so that a restart of `npm start` keeps the demo where
 * it was. Stored as an offset rather than an instant, so the demo's time keeps running.
 */
export class DemoClock1764595000000 implements MigrationInterface {
  name = 'DemoClock1764595000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE demo_clock (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        single_row boolean NOT NULL DEFAULT true CONSTRAINT demo_clock_single_row CHECK (single_row) UNIQUE,
        offset_ms bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id)
      )`);
    await db.query(`INSERT INTO demo_clock DEFAULT VALUES`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE demo_clock`);
  }
}
