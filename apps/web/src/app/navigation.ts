import type { Role } from '@giao-ban/shared';
import type { TFunction } from 'i18next';
import type { NavItem } from '@/components/layouts/app-shell';
import { paths } from '@/config/paths';
import { canView, type Screen } from '@/lib/authorization';

/** Menu entries per role, in the order each role works with them. */
const MENU_BY_ROLE: Record<Role, readonly Screen[]> = {
  office: ['periods', 'dashboard', 'agencies'],
  leader: ['dashboard', 'periods'],
  agency_reporter: ['myReports', 'periods'],
  agency_head: ['myReports', 'periods'],
  admin: ['agencies', 'periods'],
};

const SCREEN_LINKS: Record<Screen, { href: string; label: (t: TFunction) => string }> = {
  periods: { href: paths.app.periods.getHref(), label: (t) => t('nav.periods') },
  agencies: { href: paths.app.agencies.getHref(), label: (t) => t('nav.agencies') },
  myReports: { href: paths.app.myReports.getHref(), label: (t) => t('reports.mine.title') },
  dashboard: { href: paths.app.dashboard.getHref(), label: (t) => t('dashboard.nav') },
};

export function navigationForRole(role: Role, t: TFunction): NavItem[] {
  return MENU_BY_ROLE[role]
    .filter((screen) => canView(role, screen))
    .map((screen) => ({ key: screen, href: SCREEN_LINKS[screen].href, label: SCREEN_LINKS[screen].label(t) }));
}

/** The menu entry a URL belongs to. */
export function activeScreen(pathname: string): Screen | undefined {
  if (pathname.startsWith(paths.app.agencies.path)) return 'agencies';
  if (pathname === paths.app.dashboard.path || /^\/periods\/[^/]+\/dashboard\/?$/.test(pathname)) return 'dashboard';
  if (pathname.startsWith(paths.app.periods.path)) return 'periods';
  // the office's and leaders' review of a report belongs to its period
  if (/^\/reports\/[^/]+\/review/.test(pathname)) return 'periods';
  if (pathname.startsWith(paths.app.myReports.path) || pathname.startsWith('/reports/')) return 'myReports';
  return undefined;
}
