import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting workflow: the units a period obliges, their reports (one section per task group and
 * per general heading), indicator values, immutable submitted versions, review notes, extensions,
 * public holidays and the append-only audit trail.
 */
export class ReportingWorkflow1764440000000 implements MigrationInterface {
  name = 'ReportingWorkflow1764440000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public_holidays (
        date date PRIMARY KEY,
        name varchar(120) NOT NULL
      )`);
    // Bộ luật Lao động 2019, Điều 112, with the official day-offs announced for 2026 and 2027
    // (Tết Âm lịch and Giỗ Tổ follow the lunar calendar). The admin maintains the table afterwards.
    await db.query(`
      INSERT INTO public_holidays (date, name) VALUES
        ('2026-01-01', 'Tết Dương lịch'),
        ('2026-02-16', 'Tết Âm lịch'), ('2026-02-17', 'Tết Âm lịch'), ('2026-02-18', 'Tết Âm lịch'),
        ('2026-02-19', 'Tết Âm lịch'), ('2026-02-20', 'Tết Âm lịch'),
        ('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
        ('2026-04-30', 'Ngày Chiến thắng'), ('2026-05-01', 'Quốc tế Lao động'),
        ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh'),
        ('2027-01-01', 'Tết Dương lịch'),
        ('2027-02-05', 'Tết Âm lịch'), ('2027-02-08', 'Tết Âm lịch'), ('2027-02-09', 'Tết Âm lịch'),
        ('2027-02-10', 'Tết Âm lịch'), ('2027-02-11', 'Tết Âm lịch'),
        ('2027-04-16', 'Giỗ Tổ Hùng Vương'),
        ('2027-04-30', 'Ngày Chiến thắng'), ('2027-05-03', 'Quốc tế Lao động (nghỉ bù)'),
        ('2027-09-02', 'Quốc khánh'), ('2027-09-03', 'Quốc khánh')`);

    await db.query(`
      CREATE TABLE period_agencies (
        period_id uuid NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        PRIMARY KEY (period_id, agency_id)
      )`);

    // One row per (unit, period): the unit-level obligation, created when the period opens.
    await db.query(`
      CREATE TABLE agency_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        state varchar(20) NOT NULL DEFAULT 'not_started' CHECK (state IN
          ('not_started','draft','awaiting_approval','submitted','returned','accepted')),
        extended_due_date date,
        extension_reason text,
        revision_due_date date,
        return_reason text,
        reopened boolean NOT NULL DEFAULT false,
        first_submitted_at timestamptz,
        last_submitted_at timestamptz,
        version_number int NOT NULL DEFAULT 0 CHECK (version_number >= 0),
        approved_at timestamptz,
        approved_by uuid REFERENCES users(id),
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agency_reports_one_per_unit UNIQUE (period_id, agency_id),
        CONSTRAINT agency_reports_submitted_has_time CHECK
          (state NOT IN ('submitted','accepted') OR first_submitted_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX agency_reports_agency_idx ON agency_reports (agency_id, period_id)`);

    // One row per (unit, task group) — the task-level obligation — and per general heading.
    await db.query(`
      CREATE TABLE report_sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES agency_reports(id) ON DELETE CASCADE,
        task_group_id uuid REFERENCES task_groups(id) ON DELETE CASCADE,
        general_key varchar(20) CHECK (general_key IN
          ('strengths','limitations','causes','difficulties','proposals','next_plan')),
        applicable boolean NOT NULL DEFAULT true,
        status varchar(20) CHECK (status IN ('done','in_progress','not_started','not_applicable')),
        text text NOT NULL DEFAULT '' CHECK (length(text) <= 100000),
        version int NOT NULL DEFAULT 0,
        returned boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        CONSTRAINT report_sections_kind CHECK ((task_group_id IS NULL) <> (general_key IS NULL)),
        CONSTRAINT report_sections_task_group_uq UNIQUE (report_id, task_group_id),
        CONSTRAINT report_sections_general_uq UNIQUE (report_id, general_key)
      )`);
    await db.query(`CREATE INDEX report_sections_task_group_idx ON report_sections (task_group_id)`);

    await db.query(`
      CREATE TABLE indicator_values (
        section_id uuid NOT NULL REFERENCES report_sections(id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        value numeric(14,2) NOT NULL CHECK (value >= 0),
        PRIMARY KEY (section_id, indicator_id)
      )`);

    // A submission, frozen: its content never changes (enforced below like the audit trail).
    await db.query(`
      CREATE TABLE report_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES agency_reports(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        submitted_at timestamptz NOT NULL,
        submitted_by uuid NOT NULL REFERENCES users(id),
        on_time boolean NOT NULL,
        content jsonb NOT NULL,
        CONSTRAINT report_versions_number_uq UNIQUE (report_id, number)
      )`);

    await db.query(`
      CREATE TABLE review_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES agency_reports(id) ON DELETE CASCADE,
        section_id uuid REFERENCES report_sections(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES review_notes(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX review_notes_report_idx ON review_notes (report_id, created_at)`);

    await db.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id uuid REFERENCES users(id),
        actor_role varchar(20),
        action varchar(60) NOT NULL,
        object_type varchar(40) NOT NULL,
        object_id uuid NOT NULL,
        period_id uuid,
        agency_id uuid,
        summary jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX audit_events_object_idx ON audit_events (object_id, id)`);
    await db.query(`CREATE INDEX audit_events_period_idx ON audit_events (period_id, id)`);

    // Nobody edits or deletes history, whatever the application does.
    await db.query(`
      CREATE FUNCTION refuse_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_events', 'report_versions']) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'review_notes',
      'report_versions',
      'indicator_values',
      'report_sections',
      'agency_reports',
      'period_agencies',
      'public_holidays',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await db.query(`DROP FUNCTION IF EXISTS refuse_change_of_history()`);
  }
}
