import { isAgencyRole, type CurrentUser } from '@giao-ban/shared';

/** The unit an agency user is confined to; null for committee-wide roles (office, leader, admin). */
export function ownAgencyOf(user: CurrentUser): string | null {
  if (!isAgencyRole(user.role)) return null;
  if (!user.agencyId) throw new Error(`Agency user ${user.login} has no unit`);
  return user.agencyId;
}
