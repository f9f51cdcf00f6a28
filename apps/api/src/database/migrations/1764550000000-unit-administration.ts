import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units administration (issue #11): a unit's contact details; the history of its names
 * (`agency_names`); the units that ended into others (`agency_successions`: merge, split,
 * abolish); and, per report, the name of the unit it was filed under (`agency_reports.agency_name`
 * and `agency_short_name`), so that a rename or a merge never rewrites what a past report, board,
 * version or summary says.
 */
export class UnitAdministration1764550000000 implements MigrationInterface {
  name = 'UnitAdministration1764550000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE agencies
        ADD COLUMN contact_person varchar(120),
        ADD COLUMN email varchar(200),
        ADD COLUMN phone varchar(20)`);

    await db.query(`
      CREATE TABLE agency_names (
        -- in the order they were recorded
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name varchar(200) NOT NULL,
        short_name varchar(80) NOT NULL,
        valid_from timestamptz NOT NULL,
        changed_by uuid REFERENCES users(id)
      )`);
    await db.query(`CREATE INDEX agency_names_agency_idx ON agency_names (agency_id, id)`);
    await db.query(`
      INSERT INTO agency_names (agency_id, name, short_name, valid_from)
      SELECT id, name, short_name, created_at FROM agencies ORDER BY created_at, id`);
    // Every unit has its first name on record, however it was inserted (the API, the demo loader,
    // the benchmarks); a rename adds a row with who made it (AgenciesService).
    await db.query(`
      CREATE FUNCTION agency_first_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO agency_names (agency_id, name, short_name, valid_from) VALUES (NEW.id, NEW.name, NEW.short_name, NEW.created_at);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER agencies_first_name AFTER INSERT ON agencies
        FOR EACH ROW EXECUTE FUNCTION agency_first_name()`);

    await db.query(`
      CREATE TABLE agency_successions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        predecessor_id uuid NOT NULL REFERENCES agencies(id),
        successor_id uuid REFERENCES agencies(id),
        kind varchar(10) NOT NULL CHECK (kind IN ('merge','split','abolish')),
        effective_on date NOT NULL,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz NOT NULL,
        note text,
        -- a unit ends once; an abolished one has no successor, the others have one that is not itself
        CONSTRAINT agency_successions_once UNIQUE (predecessor_id),
        CONSTRAINT agency_successions_successor CHECK ((kind = 'abolish') = (successor_id IS NULL) AND successor_id IS DISTINCT FROM predecessor_id)
      )`);
    await db.query(`CREATE INDEX agency_successions_successor_idx ON agency_successions (successor_id)`);

    await db.query(`ALTER TABLE agency_reports ADD COLUMN agency_name varchar(200), ADD COLUMN agency_short_name varchar(80)`);
    await db.query(`
      UPDATE agency_reports r SET agency_name = a.name, agency_short_name = a.short_name
        FROM agencies a WHERE a.id = r.agency_id`);
    await db.query(`ALTER TABLE agency_reports ALTER COLUMN agency_name SET NOT NULL, ALTER COLUMN agency_short_name SET NOT NULL`);
    // A new obligation carries its unit's present name (period opening inserts only the ids).
    await db.query(`
      CREATE FUNCTION agency_report_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.agency_name IS NULL OR NEW.agency_short_name IS NULL THEN
          SELECT coalesce(NEW.agency_name, a.name), coalesce(NEW.agency_short_name, a.short_name)
            INTO NEW.agency_name, NEW.agency_short_name FROM agencies a WHERE a.id = NEW.agency_id;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER agency_reports_name BEFORE INSERT ON agency_reports
        FOR EACH ROW EXECUTE FUNCTION agency_report_name()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER agency_reports_name ON agency_reports`);
    await db.query(`DROP FUNCTION agency_report_name()`);
    await db.query(`ALTER TABLE agency_reports DROP COLUMN agency_short_name, DROP COLUMN agency_name`);
    await db.query(`DROP TABLE agency_successions`);
    await db.query(`DROP TRIGGER agencies_first_name ON agencies`);
    await db.query(`DROP FUNCTION agency_first_name()`);
    await db.query(`DROP TABLE agency_names`);
    await db.query(`ALTER TABLE agencies DROP COLUMN phone, DROP COLUMN email, DROP COLUMN contact_person`);
  }
}
