import { Injectable } from '@nestjs/common';
import type { Role } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import type { UserAccountRow } from './user.mapper.js';
import { likeContaining } from '../../database/like-containing.js';

export interface UserFilter {
  /** Already folded (foldVietnamese): compared with the folded name, the login and the e-mail. */
  search?: string;
  role?: Role;
  agencyId?: string;
  active?: boolean;
}

/** The fields of an account that change by administration (`login` never does). */
export interface AccountFields {
  fullName: string;
  email: string | null;
  phone: string | null;
  role: Role;
  agencyId: string | null;
}

const ACCOUNT_COLUMNS = `u.id, u.login, u.full_name, u.email, u.phone, u.role, u.agency_id, a.name AS agency_name,
       u.active, u.must_change_password, u.last_sign_in_at, u.created_at`;

/** Queries about accounts. Every method takes the EntityManager of the caller's transaction. */
@Injectable()
export class UsersRepository {
  async findPage(db: EntityManager, filter: UserFilter, skip: number, take: number): Promise<[UserAccountRow[], number]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    if (filter.search) {
      const pattern = param(likeContaining(filter.search));
      where.push(`(fold_vietnamese(u.full_name) LIKE ${pattern} OR u.login LIKE ${pattern} OR lower(u.email) LIKE ${pattern})`);
    }
    if (filter.role) where.push(`u.role = ${param(filter.role)}`);
    if (filter.agencyId) where.push(`u.agency_id = ${param(filter.agencyId)}`);
    if (filter.active !== undefined) where.push(`u.active = ${param(filter.active)}`);
    const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';

    const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM users u ${condition}`, values);
    const rows: UserAccountRow[] = await db.query(
      `SELECT ${ACCOUNT_COLUMNS}
         FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
         ${condition}
        ORDER BY u.active DESC, fold_vietnamese(u.full_name), u.login
        LIMIT ${param(take)} OFFSET ${param(skip)}`,
      values,
    );
    return [rows, total];
  }

  async findAccount(db: EntityManager, id: string): Promise<UserAccountRow | null> {
    const rows: UserAccountRow[] = await db.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM users u LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The account, its row locked until the caller's transaction ends (changes to it queue up). */
  async lockAccount(db: EntityManager, id: string): Promise<UserAccountRow | null> {
    const locked: unknown[] = await db.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [id]);
    return locked.length ? this.findAccount(db, id) : null;
  }

  async loginExists(db: EntityManager, login: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM users WHERE login = $1`, [login]);
    return rows.length > 0;
  }

  async insertAccount(db: EntityManager, login: string, fields: AccountFields, passwordHash: string): Promise<string> {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO users (login, full_name, email, phone, role, agency_id, password_hash, must_change_password)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true) RETURNING id`,
      [login, fields.fullName, fields.email, fields.phone, fields.role, fields.agencyId, passwordHash],
    );
    return row!.id;
  }

  async updateAccount(db: EntityManager, id: string, fields: AccountFields): Promise<void> {
    await db.query(
      `UPDATE users SET full_name = $2, email = $3, phone = $4, role = $5, agency_id = $6, updated_at = now() WHERE id = $1`,
      [id, fields.fullName, fields.email, fields.phone, fields.role, fields.agencyId],
    );
  }

  async updateContact(db: EntityManager, id: string, email: string | null, phone: string | null): Promise<void> {
    await db.query(`UPDATE users SET email = $2, phone = $3, updated_at = now() WHERE id = $1`, [id, email, phone]);
  }

  async setActive(db: EntityManager, id: string, active: boolean): Promise<void> {
    await db.query(`UPDATE users SET active = $2, updated_at = now() WHERE id = $1`, [id, active]);
  }

  async setPassword(db: EntityManager, id: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await db.query(
      `UPDATE users SET password_hash = $2, must_change_password = $3, updated_at = now() WHERE id = $1`,
      [id, passwordHash, mustChange],
    );
  }

  async findPasswordHash(db: EntityManager, id: string): Promise<string | null> {
    const rows: { password_hash: string }[] = await db.query(`SELECT password_hash FROM users WHERE id = $1`, [id]);
    return rows[0]?.password_hash ?? null;
  }
}
