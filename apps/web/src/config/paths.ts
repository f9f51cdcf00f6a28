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
  },
  app: {
    periods: {
      path: '/periods',
      getHref: (page?: number) => (page && page > 1 ? `/periods?page=${page}` : '/periods'),
    },
    period: {
      path: '/periods/:periodId',
      getHref: (periodId: string) => `/periods/${encodeURIComponent(periodId)}`,
    },
    agencies: {
      path: '/agencies',
      getHref: (page?: number) => (page && page > 1 ? `/agencies?page=${page}` : '/agencies'),
    },
  },
} as const;

/** Where a signed-in user lands when nothing else was asked for. */
export const DEFAULT_AFTER_LOGIN = paths.app.periods.getHref();

/** Only same-app paths may be redirect targets (no `//evil.example`, no `https:`). */
export function isSafeRedirect(target: string): boolean {
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
}

export function safeRedirectTarget(target: string | null | undefined): string {
  if (!target || !isSafeRedirect(target) || target.startsWith(paths.auth.login.path)) return DEFAULT_AFTER_LOGIN;
  return target;
}
