import { ROLES, type Role } from '../auth/roles.js';

/**
 * Whose report content (sections, indicator values, versions, their comparison, the printed
 * report) a role reads (SPEC §1): a member unit's staff their own unit's reports; the standing
 * office and the leaders every unit's; the administrator none (users, units, settings and the
 * audit log are theirs, not what the units wrote). Figures and states are not content: the
 * dashboard and the review board show them to every committee-wide role.
 */
export type ReportReading = 'own_unit' | 'every_unit' | 'none';

export function reportReading(role: Role): ReportReading {
  switch (role) {
    case 'agency_reporter':
    case 'agency_head':
      return 'own_unit';
    case 'office':
    case 'leader':
      return 'every_unit';
    case 'admin':
      return 'none';
  }
}

/** The roles that read some report's content: the @Roles of every route that answers it. */
export const REPORT_CONTENT_READERS: readonly Role[] = ROLES.filter((role) => reportReading(role) !== 'none');
