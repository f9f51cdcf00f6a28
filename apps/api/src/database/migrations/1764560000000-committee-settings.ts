import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The committee's settings, kept by the administrator (GET/PUT /api/settings): one row, which the
 * single-row constraint keeps single. Seeded with the values the summaries used before there were
 * settings (the Quảng Ninh committee), written out here rather than imported, so that this
 * migration inserts the same row whatever the code later calls its defaults.
 * Later groups of settings (mail, reminders) are further columns of this row.
 */
export class CommitteeSettings1764560000000 implements MigrationInterface {
  name = 'CommitteeSettings1764560000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE committee_settings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        single_row boolean NOT NULL DEFAULT true CONSTRAINT committee_settings_single_row CHECK (single_row) UNIQUE,
        issuing_body varchar(200) NOT NULL CHECK (btrim(issuing_body) <> ''),
        party_parent_body varchar(200) NOT NULL CHECK (btrim(party_parent_body) <> ''),
        state_parent_body varchar(200) NOT NULL CHECK (btrim(state_parent_body) <> ''),
        party_signer_authority varchar(100) NOT NULL CHECK (btrim(party_signer_authority) <> ''),
        state_signer_authority varchar(100) NOT NULL CHECK (btrim(state_signer_authority) <> ''),
        signer_title varchar(100) NOT NULL CHECK (btrim(signer_title) <> ''),
        signer_name varchar(100),
        place varchar(100) NOT NULL CHECK (btrim(place) <> ''),
        default_style varchar(10) NOT NULL CHECK (default_style IN ('party', 'state')),
        recipients jsonb NOT NULL CHECK (jsonb_typeof(recipients) = 'array' AND jsonb_array_length(recipients) BETWEEN 1 AND 30),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id)
      )`);
    await db.query(
      `INSERT INTO committee_settings (issuing_body, party_parent_body, state_parent_body, party_signer_authority, state_signer_authority,
                                       signer_title, signer_name, place, default_style, recipients)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, 'party', $8::jsonb)`,
      [
        'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI',
        'TỈNH ỦY QUẢNG NINH',
        'UBND TỈNH QUẢNG NINH',
        'T/M BAN CHỈ ĐẠO',
        'TM. BAN CHỈ ĐẠO',
        'TRƯỞNG BAN',
        'Quảng Ninh',
        JSON.stringify([
          'Ban Chỉ đạo Công tác thông tin đối ngoại Trung ương (b/c)',
          'Thường trực Tỉnh ủy (b/c)',
          'Ban Tuyên giáo Trung ương (b/c)',
          'Các đồng chí thành viên Ban Chỉ đạo',
          'Các cơ quan, đơn vị thành viên',
          'Lưu: VT, BCĐ',
        ]),
      ],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE committee_settings`);
  }
}
