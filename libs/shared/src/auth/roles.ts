/** The five roles of SPEC §1. Agency roles are bound to one unit (agency). */
export const ROLES = ['agency_reporter', 'agency_head', 'office', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const AGENCY_ROLES: readonly Role[] = ['agency_reporter', 'agency_head'];

export function isAgencyRole(role: Role): boolean {
  return AGENCY_ROLES.includes(role);
}

/** Roles that may see every unit's data (read); only `office` may change reporting data. */
export const COMMITTEE_WIDE_ROLES: readonly Role[] = ['office', 'leader', 'admin'];
