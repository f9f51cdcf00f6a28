import type { Role } from './roles.js';

export interface CurrentUser {
  id: string;
  login: string;
  fullName: string;
  role: Role;
  /** Set for agency roles only. */
  agencyId: string | null;
  agencyName: string | null;
  /**
   * Signed in with a temporary password (new account, or reset by the administrator): every
   * route but the session check, sign-out and the change of password answers 403
   * PASSWORD_CHANGE_REQUIRED until the user has chosen their own.
   */
  mustChangePassword: boolean;
}

export interface LoginRequest {
  login: string;
  password: string;
}
