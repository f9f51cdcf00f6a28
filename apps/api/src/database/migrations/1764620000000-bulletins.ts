import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bulletin (issue #16): issues (số) with their contribution window and deadline, the units'
 * items (tin, bài) with the office's edits kept beside the original, and their photos. States are
 * decided in libs/shared (decideBulletinIssueState, decideBulletinItemAction); the checks here
 * only keep rows within the words those rules use. The default sections are written out rather
 * than imported, so this migration stores the same default whatever the code later calls it.
 *
 * `published_content` is the frozen copy made on publication (the accepted versions, laid out);
 * once `published_at` is set the application changes nothing of the issue or its items.
 */
export class Bulletins1764620000000 implements MigrationInterface {
  name = 'Bulletins1764620000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bulletin_issues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        number int NOT NULL CHECK (number > 0),
        month int NOT NULL CHECK (month BETWEEN 1 AND 12),
        window_start date NOT NULL,
        deadline date NOT NULL,
        window_override varchar(10) CHECK (window_override IN ('open', 'closed')),
        sections jsonb NOT NULL DEFAULT '["Tin trong tỉnh", "Hợp tác quốc tế", "Quảng bá hình ảnh"]'::jsonb,
        two_columns boolean NOT NULL DEFAULT false,
        governing_body varchar(300) NOT NULL DEFAULT '',
        editorial_board varchar(300) NOT NULL DEFAULT '',
        release_date date,
        published_at timestamptz,
        published_by uuid REFERENCES users(id),
        published_content jsonb,
        window_opened_notified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bulletin_issues_number_uq UNIQUE (year, number),
        CONSTRAINT bulletin_issues_window CHECK (window_start <= deadline),
        CONSTRAINT bulletin_issues_published_content CHECK ((published_at IS NULL) = (published_content IS NULL))
      )`);
    await db.query(`
      CREATE TABLE bulletin_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issue_id uuid NOT NULL REFERENCES bulletin_issues(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind varchar(10) NOT NULL CHECK (kind IN ('news', 'article', 'photo', 'feature')),
        state varchar(10) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'accepted', 'returned', 'not_used')),
        title varchar(300) NOT NULL DEFAULT '',
        sapo text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        event_date date,
        event_place varchar(200) NOT NULL DEFAULT '',
        task_group_id uuid REFERENCES task_groups(id) ON DELETE SET NULL,
        links jsonb NOT NULL DEFAULT '[]'::jsonb,
        revision int NOT NULL DEFAULT 0,
        edited_title varchar(300),
        edited_sapo text,
        edited_body text,
        section varchar(120),
        position int,
        return_reason text,
        not_used_reason text,
        submitted_at timestamptz,
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bulletin_items_placed_when_accepted CHECK ((state = 'accepted') = (section IS NOT NULL AND position IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX bulletin_items_issue_idx ON bulletin_items (issue_id, state)`);
    await db.query(`CREATE INDEX bulletin_items_agency_idx ON bulletin_items (agency_id, issue_id)`);
    await db.query(`
      CREATE TABLE bulletin_photos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES bulletin_items(id) ON DELETE CASCADE,
        file_name varchar(255) NOT NULL,
        content_type varchar(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
        size_bytes int NOT NULL,
        width int NOT NULL CHECK (width > 0),
        height int NOT NULL CHECK (height > 0),
        sha256 char(64) NOT NULL,
        storage_key varchar(200) NOT NULL UNIQUE,
        caption varchar(500) NOT NULL DEFAULT '',
        credit varchar(120) NOT NULL DEFAULT '',
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX bulletin_photos_item_idx ON bulletin_photos (item_id, uploaded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bulletin_photos`);
    await db.query(`DROP TABLE bulletin_items`);
    await db.query(`DROP TABLE bulletin_issues`);
  }
}
