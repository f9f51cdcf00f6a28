import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The summary's section texts are stored out of line WITHOUT compression (STORAGE EXTERNAL). A
 * compile writes every section's text once: for a province of thousands of units that is ~30 MB of
 * JSON, and pglz (PostgreSQL's default; lz4 is not built into every server, the embedded one of the
 * tests included) spent ~0.5 s compressing it inside the compile's transaction, for a 3× smaller
 * row that is read back whole anyway (bench/summary-export.mjs, docs/benchmarks.md). Existing
 * values keep their compression; small texts (under ~2 kB) were never compressed.
 */
export class SummaryTextStorage1764480000000 implements MigrationInterface {
  name = 'SummaryTextStorage1764480000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE summary_section_revisions ALTER COLUMN content SET STORAGE EXTERNAL`);
    await db.query(`ALTER TABLE summary_sections ALTER COLUMN proposed SET STORAGE EXTERNAL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE summary_sections ALTER COLUMN proposed SET STORAGE EXTENDED`);
    await db.query(`ALTER TABLE summary_section_revisions ALTER COLUMN content SET STORAGE EXTENDED`);
  }
}
