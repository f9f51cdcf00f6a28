import type { QueryClient } from '@tanstack/react-query';
import { homeForRole, paths } from '@/config/paths';
import { getMeQueryOptions } from '@/features/auth/api/get-me';
import { getDashboardQueryOptions } from '@/features/dashboard/api/get-dashboard';
import { newestReportingPeriod } from '@/features/dashboard/api/get-dashboard-periods';
import { getRecentPeriodsQueryOptions } from '@/lib/api/periods';
import { routeModules } from './route-modules';

/** `/periods/:periodId/dashboard` → the period id; the pattern is the route registry's own. */
function matchParam(pattern: string, pathname: string): string | null {
  const expression = new RegExp(`^${pattern.replace(/:[^/]+/g, '([^/]+)')}/?$`);
  const match = expression.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

function prefetchPeriodDashboard(queryClient: QueryClient, periodId: string): void {
  void queryClient.prefetchQuery(getDashboardQueryOptions(periodId));
  void routeModules.periodDashboard();
}

/**
 * The start-up's requests, all at once, before React renders: the session, the code of the screen
 * the address leads to, and that screen's data — into the query cache under the keys the features
 * read, so each screen finds its answer there (or in flight) instead of asking once it mounts.
 * Asked for by the screens as they mount, the leader's start is a chain: app code → session →
 * dashboard code → periods → period dashboard code → figures. Data is asked for before code: over HTTP/1.1 a request waits
 * for a free connection, and the chunks would take them all. Every step is a prefetch: a failure
 * is left for the screen itself to ask again and show.
 */
export function startInitialData(queryClient: QueryClient, pathname: string): void {
  const session = queryClient.fetchQuery(getMeQueryOptions());
  if (pathname === paths.auth.login.path || pathname === paths.auth.changePassword.path) {
    void routeModules.login();
    return;
  }

  // A period's dashboard needs only the session cookie: its figures can be asked for at once.
  const periodId = matchParam(paths.app.periodDashboard.path, pathname);
  if (periodId) prefetchPeriodDashboard(queryClient, periodId);
  // `/` leads the leaders to `/dashboard`, the newest period's: the list it is picked from is asked
  // for beside the session (a small request other roles' start pages do not read).
  const periods =
    pathname === paths.home.path || pathname === paths.app.dashboard.path
      ? queryClient.fetchQuery(getRecentPeriodsQueryOptions())
      : null;
  periods?.catch(() => undefined); // read below only for a leader; nobody else waits on a failure
  void routeModules.appRoot();

  void session
    .then(async (user) => {
      if (!user) {
        void routeModules.login();
        return;
      }
      const screen = pathname === paths.home.path ? homeForRole(user.role) : pathname;
      if (screen !== paths.app.dashboard.path || !periods) return;
      void routeModules.dashboard();
      void routeModules.periodDashboard();
      const newest = newestReportingPeriod((await periods).items);
      if (newest) prefetchPeriodDashboard(queryClient, newest.id);
    })
    .catch(() => undefined);
}
