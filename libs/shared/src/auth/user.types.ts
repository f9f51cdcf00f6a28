import type { Role } from './roles.js';

export interface CurrentUser {
  id: string;
  login: string;
  fullName: string;
  role: Role;
  /** Set for agency roles only. */
  agencyId: string | null;
  agencyName: string | null;
}

export interface LoginRequest {
  login: string;
  password: string;
}
