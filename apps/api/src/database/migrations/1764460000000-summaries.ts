import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The six-month summary report (báo cáo tổng hợp) of a period: the summary itself (state, style
 * and header settings, the annexes' figures), its sections (which version of the text is current,
 * whether the office edited it, what it was compiled from, a recompile's proposal), and its
 * history: every save is a numbered version; a section's text is stored once per change
 * (`summary_section_revisions`), so version n is, per section, the latest revision at or before n.
 * Versions and revisions are append-only, like report versions and the audit trail.
 */
export class Summaries1764460000000 implements MigrationInterface {
  name = 'Summaries1764460000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE summaries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
        state varchar(10) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','final')),
        version int NOT NULL DEFAULT 0 CHECK (version >= 0),
        include_submitted boolean NOT NULL DEFAULT false,
        compiled_at timestamptz NOT NULL,
        settings jsonb NOT NULL CHECK (settings->>'style' IN ('party','state')),
        figures jsonb NOT NULL,
        final_version int,
        finalized_at timestamptz,
        finalized_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT summaries_one_per_period UNIQUE (period_id),
        CONSTRAINT summaries_final_is_numbered CHECK
          (state <> 'final' OR (final_version IS NOT NULL AND settings->>'number' IS NOT NULL AND settings->>'date' IS NOT NULL))
      )`);

    await db.query(`
      CREATE TABLE summary_versions (
        summary_id uuid NOT NULL REFERENCES summaries(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        action varchar(30) NOT NULL CHECK (action IN
          ('compiled','section_saved','proposal_accepted','proposal_kept','settings_changed','finalized','reopened')),
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id),
        state varchar(10) NOT NULL CHECK (state IN ('draft','final')),
        settings jsonb NOT NULL,
        -- Set when the figures changed (every compile) and on finalize, so a final version holds its own.
        figures jsonb,
        section_keys text[] NOT NULL DEFAULT '{}',
        note text CHECK (length(note) <= 2000),
        PRIMARY KEY (summary_id, number)
      )`);

    await db.query(`
      CREATE TABLE summary_section_revisions (
        summary_id uuid NOT NULL,
        number int NOT NULL,
        key varchar(40) NOT NULL,
        part varchar(10) NOT NULL CHECK (part IN ('opening','I','II','III','IV','closing')),
        title text NOT NULL,
        content jsonb NOT NULL,
        PRIMARY KEY (summary_id, key, number),
        FOREIGN KEY (summary_id, number) REFERENCES summary_versions(summary_id, number) ON DELETE CASCADE
      )`);

    await db.query(`
      CREATE TABLE summary_sections (
        summary_id uuid NOT NULL REFERENCES summaries(id) ON DELETE CASCADE,
        key varchar(40) NOT NULL,
        position int NOT NULL,
        part varchar(10) NOT NULL CHECK (part IN ('opening','I','II','III','IV','closing')),
        title text NOT NULL,
        -- The summary version whose revision holds the current text.
        content_number int NOT NULL,
        version int NOT NULL DEFAULT 0 CHECK (version >= 0),
        edited boolean NOT NULL DEFAULT false,
        inputs jsonb NOT NULL,
        compiled_at timestamptz NOT NULL,
        proposed jsonb,
        proposed_inputs jsonb,
        proposed_at timestamptz,
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES users(id),
        PRIMARY KEY (summary_id, key),
        FOREIGN KEY (summary_id, key, content_number) REFERENCES summary_section_revisions(summary_id, key, number),
        CONSTRAINT summary_sections_proposal CHECK ((proposed IS NULL) = (proposed_at IS NULL) AND (proposed IS NULL) = (proposed_inputs IS NULL))
      )`);

    for (const table of ['summary_versions', 'summary_section_revisions']) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['summary_sections', 'summary_section_revisions', 'summary_versions', 'summaries']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
