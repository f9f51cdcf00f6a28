import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunction } from 'react-router';
import { homeForRole, paths } from '@/config/paths';
import { getMeQueryOptions } from '@/features/auth/api/get-me';
import { newestReportingPeriod } from '@/features/dashboard/api/get-dashboard-periods';
import { getRecentPeriodsQueryOptions } from '@/lib/api/periods';

/**
 * `/` and `/dashboard` only lead elsewhere. Decided by the router before it renders, from the
 * answers `initial-data.ts` already asked for, a leader's first screen is drawn once, as the
 * period's dashboard, instead of a shell, then the dashboard home, then the dashboard.
 * Whatever cannot be decided here (no session, a failed request, no period yet) is left to the
 * screens themselves, which say so.
 */
export function homeRedirectLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    const user = await queryClient.ensureQueryData(getMeQueryOptions()).catch(() => null);
    return user ? redirect(homeForRole(user.role)) : null;
  };
}

export function dashboardHomeLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    const periods = await queryClient.ensureQueryData(getRecentPeriodsQueryOptions()).catch(() => null);
    const newest = periods ? newestReportingPeriod(periods.items) : undefined;
    return newest ? redirect(paths.app.periodDashboard.getHref(newest.id)) : null;
  };
}
