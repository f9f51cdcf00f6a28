import type { Role } from '../auth/roles.js';

/** Filters of the audit browser (`GET /api/audit`, `GET /api/audit/export.xlsx`); dates are Vietnam days, inclusive. */
export interface AuditLogQuery {
  actorId?: string;
  agencyId?: string;
  objectType?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** One row of the audit browser: an event with the names it refers to. */
export interface AuditLogEntry {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  actorLogin: string | null;
  actorRole: Role | null;
  action: string;
  objectType: string;
  objectId: string;
  agencyId: string | null;
  agencyName: string | null;
  periodId: string | null;
  periodTitle: string | null;
  summary: Record<string, unknown>;
}

/** What the filter selects offer: the object types, actions and actors present in the log. */
export interface AuditLogFacets {
  objectTypes: string[];
  actions: string[];
  actors: { id: string; fullName: string; login: string }[];
}

/** Rows the .xlsx export holds at most; the sheet says so when the filters match more. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
