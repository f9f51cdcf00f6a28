import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every marked Vietnamese letter (lower case, then upper case) and the plain letter it folds to;
// the same mapping as foldVietnamese in libs/shared (users.spec checks they agree).
const MARKED =
  'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
const PLAIN =
  'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy' +
  'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy';

/**
 * User administration (issue #11): a phone number, the "must change password" flag a temporary
 * password sets, and the time of the last sign-in; `fold_vietnamese` lets the user list be
 * searched without typing the accents ("nguyen" finds "Nguyễn"). Accounts are never deleted:
 * they are deactivated.
 */
export class UserAdministration1764520000000 implements MigrationInterface {
  name = 'UserAdministration1764520000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN phone varchar(20)`);
    await db.query(`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE users ADD COLUMN last_sign_in_at timestamptz`);
    await db.query(`
      CREATE FUNCTION fold_vietnamese(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN lower(translate($1, '${MARKED}', '${PLAIN}'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION IF EXISTS fold_vietnamese(text)`);
    await db.query(`ALTER TABLE users DROP COLUMN last_sign_in_at`);
    await db.query(`ALTER TABLE users DROP COLUMN must_change_password`);
    await db.query(`ALTER TABLE users DROP COLUMN phone`);
  }
}
