import type { Role } from '@giao-ban/shared';
import type { TFunction } from 'i18next';
import type { NavItem } from '@/components/layouts/app-shell';
import { paths } from '@/config/paths';
import { canView, type Screen } from '@/lib/authorization';

/** Menu entries per role, in the order each role works with them. */
const MENU_BY_ROLE: Record<Role, readonly Screen[]> = {
  office: ['periods', 'agencies'],
  leader: ['periods'],
  agency_reporter: ['periods'],
  agency_head: ['periods'],
  admin: ['agencies', 'periods'],
};

const SCREEN_LINKS: Record<Screen, { href: string; label: (t: TFunction) => string }> = {
  periods: { href: paths.app.periods.getHref(), label: (t) => t('nav.periods') },
  agencies: { href: paths.app.agencies.getHref(), label: (t) => t('nav.agencies') },
};

export function navigationForRole(role: Role, t: TFunction): NavItem[] {
  return MENU_BY_ROLE[role]
    .filter((screen) => canView(role, screen))
    .map((screen) => ({ key: screen, href: SCREEN_LINKS[screen].href, label: SCREEN_LINKS[screen].label(t) }));
}

/** The menu entry a URL belongs to. */
export function activeScreen(pathname: string): Screen | undefined {
  if (pathname.startsWith(paths.app.agencies.path)) return 'agencies';
  if (pathname.startsWith(paths.app.periods.path)) return 'periods';
  return undefined;
}
