import { Injectable } from '@nestjs/common';
import type { Agency, ImportedAccount, UserImportFields } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';

/** An account as the template lists it: its login and the fields the import sets, its unit by code. */
export type TemplateAccount = UserImportFields & { login: string };

const UNIT_COLUMNS = `id, code, name, short_name AS "shortName", kind, display_order AS "displayOrder", active,
       is_standing_office AS "isStandingOffice", contact_person AS "contactPerson", email, phone`;

/** What a directory import reads: every unit and every account, as they are compared with the file. */
@Injectable()
export class DirectoryImportRepository {
  /**
   * One import at a time: the second waits for the first to commit and then plans against what it
   * wrote (a transaction-scoped advisory lock, released at commit or rollback).
   */
  async takeImportLock(db: EntityManager): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('giao-ban:directory-import'))`);
  }

  /** Every unit, ended ones too; `lock`: their rows stay as read until the caller's transaction ends. */
  allUnits(db: EntityManager, lock: boolean): Promise<Agency[]> {
    return db.query(`SELECT ${UNIT_COLUMNS} FROM agencies ORDER BY display_order, name, id ${lock ? 'FOR UPDATE' : ''}`);
  }

  /** Every account, locked ones too; `lock` as for units (an administrator's edit meanwhile waits). */
  allAccounts(db: EntityManager, lock: boolean): Promise<ImportedAccount[]> {
    return db.query(
      `SELECT id, login, full_name AS "fullName", role, agency_id AS "agencyId", email, phone, active
         FROM users ORDER BY login ${lock ? 'FOR UPDATE' : ''}`,
    );
  }

  /** The active units, in display order: the rows of the template's units sheet. */
  activeUnits(db: EntityManager): Promise<Agency[]> {
    return db.query(`SELECT ${UNIT_COLUMNS} FROM agencies WHERE active ORDER BY display_order, name, id`);
  }

  /** Every account, unit by unit in display order (committee-wide roles first), then by name: the template's users sheet. */
  templateAccounts(db: EntityManager): Promise<TemplateAccount[]> {
    return db.query(
      `SELECT u.login, u.full_name AS "fullName", u.role, a.code AS "unitCode", u.email, u.phone, u.active
         FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
        ORDER BY a.display_order NULLS FIRST, a.name, fold_vietnamese(u.full_name), u.login`,
    );
  }
}
