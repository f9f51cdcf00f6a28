import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the live dashboard stands on (bench/dashboard.mjs measures them at national scale):
 * indicator totals look values up by indicator; task completion reads only task sections' status,
 * so a covering partial index lets PostgreSQL answer from the index alone.
 */
export class DashboardIndexes1764455000000 implements MigrationInterface {
  name = 'DashboardIndexes1764455000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX indicator_values_indicator_idx ON indicator_values (indicator_id) INCLUDE (value)`);
    await db.query(`
      CREATE INDEX report_sections_task_status_idx ON report_sections (report_id)
        INCLUDE (task_group_id, applicable, status) WHERE task_group_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS report_sections_task_status_idx`);
    await db.query(`DROP INDEX IF EXISTS indicator_values_indicator_idx`);
  }
}
