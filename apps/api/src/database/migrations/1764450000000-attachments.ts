import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence files of a report or one of its sections; the bytes live in UPLOAD_DIR. */
export class Attachments1764450000000 implements MigrationInterface {
  name = 'Attachments1764450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES agency_reports(id) ON DELETE CASCADE,
        section_id uuid REFERENCES report_sections(id) ON DELETE CASCADE,
        file_name varchar(255) NOT NULL,
        file_type varchar(10) NOT NULL CHECK (file_type IN ('pdf','docx','xlsx','jpg','png')),
        mime_type varchar(120) NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 20971520),
        sha256 char(64) NOT NULL,
        storage_key varchar(200) NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX attachments_report_idx ON attachments (report_id, uploaded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS attachments`);
  }
}
