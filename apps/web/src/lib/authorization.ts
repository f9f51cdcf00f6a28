import type { Role } from '@giao-ban/shared';

/**
 * Who may open which screen. The API enforces the same rules; these only decide what the
 * navigation offers and which pages render a "forbidden" notice instead of a request.
 */
export const SCREEN_ROLES = {
  periods: ['agency_reporter', 'agency_head', 'office', 'leader', 'admin'],
  agencies: ['office', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Screen = keyof typeof SCREEN_ROLES;

export function canView(role: Role, screen: Screen): boolean {
  return (SCREEN_ROLES[screen] as readonly Role[]).includes(role);
}
