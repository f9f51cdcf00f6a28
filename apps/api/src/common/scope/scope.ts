import { isAgencyRole, type CurrentUser } from '@giao-ban/shared';

/** The unit an agency user is confined to; null for committee-wide roles (office, leader, admin). */
export function ownAgencyOf(user: CurrentUser): string | null {
  if (!isAgencyRole(user.role)) return null;
  if (!user.agencyId) throw new Error(`Agency user ${user.login} has no unit`);
  return user.agencyId;
}

/**
 * The units whose reports a user may READ: null (all) for committee-wide roles; for an agency
 * user its own unit and, as read-only history, every unit its unit succeeded (merged into it, or
 * split with it as successor). Writing stays confined to `ownAgencyOf`.
 */
export async function readableAgenciesOf(user: CurrentUser, predecessorsOf: (agencyId: string) => Promise<string[]>): Promise<string[] | null> {
  const own = ownAgencyOf(user);
  return own === null ? null : [own, ...(await predecessorsOf(own))];
}
