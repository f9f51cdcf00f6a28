import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The summary's section texts (each revision's, and a recompile's proposal) are stored as `json`,
 * not `jsonb`: they are only ever written and read whole — never queried inside, never indexed —
 * and PostgreSQL then keeps the text as written (still checking it is JSON) instead of building
 * jsonb's binary form on every write and printing it back to text on every read. A compile of
 * 2,500 units writes ~30 MB of it: ~0.12 s less of PostgreSQL's work per 36 MB written, measured
 * on this machine, and the .docx export reads it back as it is (docs/benchmarks.md). Texts stay
 * uncompressed (STORAGE EXTERNAL, 1764480000000), which a change of type resets.
 */
export class SummaryTextJson1764490000000 implements MigrationInterface {
  name = 'SummaryTextJson1764490000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE summary_section_revisions ALTER COLUMN content TYPE json USING content::json`);
    await db.query(`ALTER TABLE summary_sections ALTER COLUMN proposed TYPE json USING proposed::json`);
    await db.query(`ALTER TABLE summary_section_revisions ALTER COLUMN content SET STORAGE EXTERNAL`);
    await db.query(`ALTER TABLE summary_sections ALTER COLUMN proposed SET STORAGE EXTERNAL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE summary_sections ALTER COLUMN proposed TYPE jsonb USING proposed::jsonb`);
    await db.query(`ALTER TABLE summary_section_revisions ALTER COLUMN content TYPE jsonb USING content::jsonb`);
    await db.query(`ALTER TABLE summary_section_revisions ALTER COLUMN content SET STORAGE EXTERNAL`);
    await db.query(`ALTER TABLE summary_sections ALTER COLUMN proposed SET STORAGE EXTERNAL`);
  }
}
