import { isAgencyRole, reportReading, type Role } from '@giao-ban/shared';

/**
 * Who may open which screen. The API enforces the same rules; these only decide what the
 * navigation offers and which pages render a "forbidden" notice instead of a request.
 */
export const SCREEN_ROLES = {
  periods: ['agency_reporter', 'agency_head', 'office', 'leader', 'admin'],
  agencies: ['office', 'admin'],
  myReports: ['agency_reporter', 'agency_head'],
  // everyone signed in may open a period's dashboard; a member unit sees the aggregates and its own line
  dashboard: ['office', 'leader', 'admin', 'agency_reporter', 'agency_head'],
  // accounts are the system administrator's (SPEC §1); everyone keeps their own profile
  users: ['admin'],
  profile: ['agency_reporter', 'agency_head', 'office', 'leader', 'admin'],
  // the whole audit log (issue #11): the administrator and the standing office
  audit: ['office', 'admin'],
  // the committee's settings and holidays are the administrator's to keep (SPEC §1)
  settings: ['admin'],
  // everyone has their own notifications; the office's queue of reports to accept; the e-mail log is the administrator's
  notifications: ['agency_reporter', 'agency_head', 'office', 'leader', 'admin'],
  reviewQueue: ['office'],
  outbox: ['admin'],
  // the bulletin (Bản tin): the office edits it, leaders read it, units send items; not the administrator's
  bulletin: ['office', 'leader', 'agency_reporter', 'agency_head'],
  // units and accounts from an .xlsx file: accounts are the administrator's, so the import is too
  directoryImport: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Screen = keyof typeof SCREEN_ROLES;

export function canView(role: Role, screen: Screen): boolean {
  return (SCREEN_ROLES[screen] as readonly Role[]).includes(role);
}

/** The standing office alone manages periods: creates them, edits task groups and units, opens and closes them. */
export function canManagePeriods(role: Role): boolean {
  return role === 'office';
}

/** Who reads every unit's report (the review board, the review page): the office and leaders, as the API allows (reportReading). */
export function canSeeAllReports(role: Role): boolean {
  return reportReading(role) === 'every_unit';
}

/** Who reads some report: a unit's staff their own, the office and leaders every unit's; not the admin. */
export function canReadReports(role: Role): boolean {
  return reportReading(role) !== 'none';
}

/** Who sees every unit's figures and standing on a dashboard, not a unit's own line: everyone outside a member unit. */
export function seesEveryUnit(role: Role): boolean {
  return !isAgencyRole(role);
}

/** The period's summary report ("Báo cáo tổng hợp"): the office and leaders read it (the admin does not). */
export function canReadSummary(role: Role): boolean {
  return role === 'office' || role === 'leader';
}

/** The office alone compiles, edits, finalizes and reopens the summary. */
export function canCompileSummary(role: Role): boolean {
  return role === 'office';
}

/** The office alone plans, edits, lays out and publishes the bulletin's issues and decides on items. */
export function canEditBulletin(role: Role): boolean {
  return role === 'office';
}
