import type { Role } from '@giao-ban/shared';

/**
 * The route registry: every URL the app links to or matches is built here, never by hand.
 * `path` is the pattern for the router, `getHref` builds a concrete link.
 */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  auth: {
    login: {
      path: '/login',
      getHref: (redirectTo?: string | null) =>
        `/login${redirectTo && isSafeRedirect(redirectTo) ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ''}`,
    },
    /** The one screen of a user on a temporary password: choose your own, then go on. */
    changePassword: {
      path: '/change-password',
      getHref: (redirectTo?: string | null) =>
        `/change-password${redirectTo && isSafeRedirect(redirectTo) ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ''}`,
    },
  },
  app: {
    periods: {
      path: '/periods',
      getHref: (page?: number) => (page && page > 1 ? `/periods?page=${page}` : '/periods'),
    },
    periodNew: {
      path: '/periods/new',
      getHref: () => '/periods/new',
    },
    period: {
      path: '/periods/:periodId',
      getHref: (periodId: string) => `/periods/${encodeURIComponent(periodId)}`,
    },
    agencies: {
      path: '/agencies',
      getHref: (page?: number) => (page && page > 1 ? `/agencies?page=${page}` : '/agencies'),
    },
    /** "Hồ sơ đơn vị": a unit's details, its names over time and its successions. */
    agency: {
      path: '/agencies/:agencyId',
      getHref: (agencyId: string) => `/agencies/${encodeURIComponent(agencyId)}`,
    },
    myReports: {
      path: '/my-reports',
      getHref: () => '/my-reports',
    },
    report: {
      path: '/reports/:reportId',
      getHref: (reportId: string) => `/reports/${encodeURIComponent(reportId)}`,
    },
    reportCompare: {
      path: '/reports/:reportId/compare',
      getHref: (reportId: string, from?: number, to?: number) =>
        `/reports/${encodeURIComponent(reportId)}/compare${from && to ? `?from=${from}&to=${to}` : ''}`,
    },
    reportReview: {
      path: '/reports/:reportId/review',
      getHref: (reportId: string) => `/reports/${encodeURIComponent(reportId)}/review`,
    },
    /** The dashboard of the newest period that is no longer a draft (redirects on). */
    dashboard: {
      path: '/dashboard',
      getHref: () => '/dashboard',
    },
    periodDashboard: {
      path: '/periods/:periodId/dashboard',
      getHref: (periodId: string) => `/periods/${encodeURIComponent(periodId)}/dashboard`,
    },
    /** "Quản lý người dùng": the administrator's accounts list; filters and page live in the URL. */
    users: {
      path: '/users',
      getHref: (filters: { search?: string; role?: string; agencyId?: string; active?: string; page?: number } = {}) => {
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(filters)) {
          if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) search.set(key, String(value));
        }
        const query = search.toString();
        return query ? `/users?${query}` : '/users';
      },
    },
    /** "Nhập từ Excel": the administrator's import of units and users from the .xlsx template. */
    directoryImport: {
      path: '/import',
      getHref: () => '/import',
    },
    /** "Nhật ký hệ thống": the whole audit log (admin and office). */
    audit: {
      path: '/audit',
      getHref: () => '/audit',
    },
    /** "Thông báo": the signed-in person's notifications, a page at a time. */
    notifications: {
      path: '/notifications',
      getHref: (page?: number) => (page && page > 1 ? `/notifications?page=${page}` : '/notifications'),
    },
    /** "Chờ tiếp nhận": the office's queue of reports submitted and not yet accepted or returned. */
    reviewQueue: {
      path: '/review-queue',
      getHref: () => '/review-queue',
    },
    /** "Hộp thư đi": the administrator's e-mail log (the outbox when no SMTP server is configured). */
    outbox: {
      path: '/outbox',
      getHref: () => '/outbox',
    },
    /** "Cài đặt": the committee's settings and the public holidays (the administrator's). */
    settings: {
      path: '/settings',
      getHref: () => '/settings',
    },
    /** "Tài khoản của tôi": everyone's own contact details and password. */
    profile: {
      path: '/profile',
      getHref: () => '/profile',
    },
    /** "Bản tin": the bulletin's issues of a year (the office plans and edits them, units send items). */
    bulletin: {
      path: '/bulletin',
      getHref: (year?: number) => (year ? `/bulletin?year=${year}` : '/bulletin'),
    },
    /** One issue (số): its items, layout and publication; read only once published. */
    bulletinIssue: {
      path: '/bulletin/issues/:issueId',
      getHref: (issueId: string) => `/bulletin/issues/${encodeURIComponent(issueId)}`,
    },
    /** One item (tin, bài): the unit's editor, the office's accept / return. */
    bulletinItem: {
      path: '/bulletin/items/:itemId',
      getHref: (itemId: string) => `/bulletin/items/${encodeURIComponent(itemId)}`,
    },
    /** Search of past issues' published items. */
    bulletinSearch: {
      path: '/bulletin/search',
      getHref: () => '/bulletin/search',
    },
    /** Items sent per unit and month (office and leaders). */
    bulletinContributions: {
      path: '/bulletin/contributions',
      getHref: (year?: number) => (year ? `/bulletin/contributions?year=${year}` : '/bulletin/contributions'),
    },
    /** "Báo cáo tổng hợp": the period's summary report (office writes, leaders read). */
    periodSummary: {
      path: '/periods/:periodId/summary',
      getHref: (periodId: string) => `/periods/${encodeURIComponent(periodId)}/summary`,
    },
  },
} as const;

/**
 * Where a signed-in user lands when nothing else was asked for: the home route, which sends each
 * role on to its own start page (`homeForRole`).
 */
export const DEFAULT_AFTER_LOGIN = paths.home.getHref();

/**
 * The start page of a role, the first entry of its menu: a member unit's staff start from their
 * own reports, leaders from the dashboard, the administrator from the accounts, the office from
 * the periods.
 */
export function homeForRole(role: Role): string {
  if (role === 'agency_reporter' || role === 'agency_head') return paths.app.myReports.getHref();
  if (role === 'leader') return paths.app.dashboard.getHref();
  if (role === 'admin') return paths.app.users.getHref();
  return paths.app.periods.getHref();
}

/** Only same-app paths may be redirect targets (no `//evil.example`, no `https:`). */
export function isSafeRedirect(target: string): boolean {
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
}

export function safeRedirectTarget(target: string | null | undefined): string {
  if (!target || !isSafeRedirect(target) || target.startsWith(paths.auth.login.path) || target.startsWith(paths.auth.changePassword.path)) {
    return DEFAULT_AFTER_LOGIN;
  }
  return target;
}
