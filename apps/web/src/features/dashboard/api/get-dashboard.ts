import type { PeriodDashboard } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** How often an open dashboard asks again: a unit's submission shows within two rounds. */
export const DASHBOARD_REFRESH_MS = 5_000;

/** The live completion figures of one period (an agency user gets the aggregates and its own row). */
export function getDashboard(periodId: string, signal?: AbortSignal) {
  return api.get<PeriodDashboard>(`/periods/${encodeURIComponent(periodId)}/dashboard`, { signal });
}

/** Under the period's key: opening, closing or reviewing in the period refreshes the figures too. */
export const dashboardQueryKey = periodKeys.dashboard;

/**
 * Live, never a nightly batch: polled every 5 s while the tab is visible (not in the background),
 * and asked again as soon as the window gets the focus back. Figures younger than one round are
 * fresh, so the screen that mounts on the figures the start-up fetched (initial-data.ts) shows
 * them without asking again.
 */
export function getDashboardQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: dashboardQueryKey(periodId),
    queryFn: ({ signal }) => getDashboard(periodId, signal),
    staleTime: DASHBOARD_REFRESH_MS,
    refetchInterval: DASHBOARD_REFRESH_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}

export function useDashboard(periodId: string) {
  return useQuery(getDashboardQueryOptions(periodId));
}
