import type { Role } from '../auth/roles.js';

/** An account as the administrator manages it (GET /api/users). Never carries a password or its hash. */
export interface UserAccount {
  id: string;
  /** Lower-case login name (tên đăng nhập); never changes once created. */
  login: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  role: Role;
  /** The unit of an agency role; null for committee-wide roles. */
  agencyId: string | null;
  agencyName: string | null;
  active: boolean;
  /** Signed in with a temporary password: must choose their own before anything else. */
  mustChangePassword: boolean;
  /** ISO instant of the last successful sign-in, or null if never. */
  lastSignInAt: string | null;
  createdAt: string;
}

/** `GET /api/users?search=&role=&agencyId=&active=&page=&pageSize=` */
export interface UserListQuery {
  /** Part of the login, the name (accents optional: "nguyen" finds "Nguyễn") or the e-mail. */
  search?: string;
  role?: Role;
  agencyId?: string;
  active?: boolean;
  page?: number;
  pageSize?: number;
}

/** `POST /api/users`. `agencyId` is set exactly for the agency roles. */
export type CreateUserRequest = Pick<UserAccount, 'login' | 'fullName' | 'email' | 'phone' | 'role' | 'agencyId'>;

/** `PATCH /api/users/:id`: the fields present change; the login never does. */
export interface UpdateUserRequest {
  fullName?: string;
  email?: string | null;
  phone?: string | null;
  role?: Role;
  agencyId?: string | null;
}

/**
 * The answer to creating an account or resetting its password: the one and only time the
 * temporary password is shown. The user must replace it at their first sign-in.
 */
export interface TemporaryPasswordIssued {
  user: UserAccount;
  temporaryPassword: string;
}

/** The signed-in user's own account (GET /api/profile): what the administrator's view of it shows them. */
export type Profile = Pick<UserAccount, 'id' | 'login' | 'fullName' | 'email' | 'phone' | 'role' | 'agencyName' | 'lastSignInAt'>;

/** `PATCH /api/profile`: a person keeps their own contact details up to date. */
export interface UpdateProfileRequest {
  email?: string | null;
  phone?: string | null;
}

/** `POST /api/profile/password`. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Login names: 3–60 of a–z, 0–9, ".", "_", "-", starting and ending with a letter or digit. */
export const LOGIN_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{1,58})[a-z0-9]$/;

/** Phone numbers as offices write them: "0203 3835 123", "+84 912.345.678" (7–20 characters). */
export const PHONE_PATTERN = /^\+?[0-9][0-9 .-]{5,17}[0-9]$/;

export const FULL_NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 200;
