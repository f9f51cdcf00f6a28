import type { Role } from '@giao-ban/shared';
import type { TFunction } from 'i18next';
import type { NavItem } from '@/components/layouts/app-shell';
import { paths } from '@/config/paths';
import { canView, type Screen } from '@/lib/authorization';

/** Menu entries per role, in the order each role works with them. */
const MENU_BY_ROLE: Record<Role, readonly Screen[]> = {
  office: ['periods', 'reviewQueue', 'dashboard', 'bulletin', 'agencies', 'audit', 'profile'],
  leader: ['dashboard', 'periods', 'bulletin', 'profile'],
  agency_reporter: ['myReports', 'periods', 'bulletin', 'profile'],
  agency_head: ['myReports', 'periods', 'bulletin', 'profile'],
  admin: ['users', 'agencies', 'directoryImport', 'periods', 'audit', 'outbox', 'settings', 'profile'],
};

const SCREEN_LINKS: Record<Screen, { href: string; label: (t: TFunction) => string }> = {
  periods: { href: paths.app.periods.getHref(), label: (t) => t('nav.periods') },
  agencies: { href: paths.app.agencies.getHref(), label: (t) => t('nav.agencies') },
  myReports: { href: paths.app.myReports.getHref(), label: (t) => t('reports.mine.title') },
  dashboard: { href: paths.app.dashboard.getHref(), label: (t) => t('dashboard.nav') },
  users: { href: paths.app.users.getHref(), label: (t) => t('nav.users') },
  profile: { href: paths.app.profile.getHref(), label: (t) => t('nav.profile') },
  audit: { href: paths.app.audit.getHref(), label: (t) => t('auditLog.nav') },
  settings: { href: paths.app.settings.getHref(), label: (t) => t('nav.settings') },
  notifications: { href: paths.app.notifications.getHref(), label: (t) => t('notifications.title') },
  reviewQueue: { href: paths.app.reviewQueue.getHref(), label: (t) => t('notifications.queue.nav') },
  outbox: { href: paths.app.outbox.getHref(), label: (t) => t('notifications.outbox.nav') },
  directoryImport: { href: paths.app.directoryImport.getHref(), label: (t) => t('directoryImport.nav') },
  bulletin: { href: paths.app.bulletin.getHref(), label: (t) => t('bulletin.nav') },
};

export function navigationForRole(role: Role, t: TFunction): NavItem[] {
  return MENU_BY_ROLE[role]
    .filter((screen) => canView(role, screen))
    .map((screen) => ({ key: screen, href: SCREEN_LINKS[screen].href, label: SCREEN_LINKS[screen].label(t) }));
}

/** The menu entry a URL belongs to. */
export function activeScreen(pathname: string): Screen | undefined {
  if (pathname.startsWith(paths.app.agencies.path)) return 'agencies';
  if (pathname.startsWith(paths.app.users.path)) return 'users';
  if (pathname.startsWith(paths.app.profile.path)) return 'profile';
  if (pathname.startsWith(paths.app.audit.path)) return 'audit';
  if (pathname.startsWith(paths.app.settings.path)) return 'settings';
  if (pathname.startsWith(paths.app.notifications.path)) return 'notifications';
  if (pathname.startsWith(paths.app.reviewQueue.path)) return 'reviewQueue';
  if (pathname.startsWith(paths.app.outbox.path)) return 'outbox';
  if (pathname.startsWith(paths.app.directoryImport.path)) return 'directoryImport';
  if (pathname.startsWith(paths.app.bulletin.path)) return 'bulletin';
  if (pathname === paths.app.dashboard.path || /^\/periods\/[^/]+\/dashboard\/?$/.test(pathname)) return 'dashboard';
  if (pathname.startsWith(paths.app.periods.path)) return 'periods';
  // the office's and leaders' review of a report belongs to its period
  if (/^\/reports\/[^/]+\/review/.test(pathname)) return 'periods';
  if (pathname.startsWith(paths.app.myReports.path) || pathname.startsWith('/reports/')) return 'myReports';
  return undefined;
}
