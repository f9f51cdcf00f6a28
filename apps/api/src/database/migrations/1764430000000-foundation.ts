import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, users and sessions; reporting periods with their task groups and indicators. */
export class Foundation1764430000000 implements MigrationInterface {
  name = 'Foundation1764430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        short_name varchar(80) NOT NULL,
        kind varchar(30) NOT NULL CHECK (kind IN
          ('department','locality','armed_force','mass_organization','press','party_body')),
        display_order int NOT NULL,
        active boolean NOT NULL DEFAULT true,
        is_standing_office boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX agencies_display_order_idx ON agencies (display_order, name)`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        login varchar(60) NOT NULL UNIQUE CHECK (login = lower(login)),
        full_name varchar(120) NOT NULL,
        email varchar(200),
        password_hash text NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('agency_reporter','agency_head','office','leader','admin')),
        agency_id uuid REFERENCES agencies(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- an agency user belongs to exactly one unit; committee-wide roles to none
        CONSTRAINT users_agency_matches_role CHECK
          ((role IN ('agency_reporter','agency_head')) = (agency_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX users_agency_idx ON users (agency_id)`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        user_agent varchar(300)
      )`);
    await db.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await db.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);

    await db.query(`
      CREATE TABLE reporting_periods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('month','quarter','half_year','year','ad_hoc')),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        sequence int,
        cut_off_from date NOT NULL,
        cut_off_to date NOT NULL,
        due_date date NOT NULL,
        state varchar(20) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','open','closed','archived')),
        requires_head_approval boolean NOT NULL DEFAULT false,
        shift_due_date_to_working_day boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reporting_periods_cut_off_order CHECK (cut_off_from <= cut_off_to),
        CONSTRAINT reporting_periods_due_after_cut_off CHECK (due_date > cut_off_to),
        CONSTRAINT reporting_periods_sequence_fits_kind CHECK (
          (kind = 'month' AND sequence BETWEEN 1 AND 12) OR
          (kind = 'quarter' AND sequence BETWEEN 1 AND 4) OR
          (kind = 'half_year' AND sequence BETWEEN 1 AND 2) OR
          (kind IN ('year','ad_hoc') AND sequence IS NULL))
      )`);
    // One periodic report per slot; ad hoc reports may be many.
    await db.query(`
      CREATE UNIQUE INDEX reporting_periods_slot_uq ON reporting_periods (kind, year, coalesce(sequence, 0))
      WHERE kind <> 'ad_hoc'`);
    await db.query(`CREATE INDEX reporting_periods_recent_idx ON reporting_periods (cut_off_to DESC)`);

    await db.query(`
      CREATE TABLE task_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
        ordinal int NOT NULL CHECK (ordinal > 0),
        title text NOT NULL CHECK (length(title) > 0),
        guidance text,
        -- deferrable so that a reorder can swap ordinals inside one transaction
        CONSTRAINT task_groups_ordinal_uq UNIQUE (period_id, ordinal) DEFERRABLE INITIALLY IMMEDIATE
      )`);

    await db.query(`
      CREATE TABLE indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_group_id uuid NOT NULL REFERENCES task_groups(id) ON DELETE CASCADE,
        ordinal int NOT NULL CHECK (ordinal > 0),
        name varchar(300) NOT NULL,
        unit varchar(40) NOT NULL,
        aggregation varchar(10) NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum','max')),
        integer_only boolean NOT NULL DEFAULT true,
        target numeric(14,2) CHECK (target >= 0),
        CONSTRAINT indicators_ordinal_uq UNIQUE (task_group_id, ordinal) DEFERRABLE INITIALLY IMMEDIATE
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['indicators', 'task_groups', 'reporting_periods', 'sessions', 'users', 'agencies']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
