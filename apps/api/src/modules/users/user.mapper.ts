import type { CurrentUser, Profile, UserAccount } from '@giao-ban/shared';
import type { UserEntity } from './user.entity.js';

/** The session's view of a user (agency loaded for its name). */
export function toCurrentUser(user: UserEntity): CurrentUser {
  return {
    id: user.id,
    login: user.login,
    fullName: user.fullName,
    role: user.role,
    agencyId: user.agencyId,
    agencyName: user.agency?.name ?? null,
    mustChangePassword: user.mustChangePassword,
  };
}

/** A row of the users query (users.repository.ts), as the administrator sees it. */
export interface UserAccountRow {
  id: string;
  login: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  role: UserAccount['role'];
  agency_id: string | null;
  agency_name: string | null;
  active: boolean;
  must_change_password: boolean;
  last_sign_in_at: Date | null;
  created_at: Date;
}

export function toUserAccount(row: UserAccountRow): UserAccount {
  return {
    id: row.id,
    login: row.login,
    fullName: row.full_name,
    email: row.email,
    phone: row.phone,
    role: row.role,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    active: row.active,
    mustChangePassword: row.must_change_password,
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export function toProfile(account: UserAccount): Profile {
  const { id, login, fullName, email, phone, role, agencyName, lastSignInAt } = account;
  return { id, login, fullName, email, phone, role, agencyName, lastSignInAt };
}
