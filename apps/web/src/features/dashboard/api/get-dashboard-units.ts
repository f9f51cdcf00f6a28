import type { DashboardUnitOrder, DashboardUnitQuery, DashboardUnitRow, Page, SubmissionStatus } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { DASHBOARD_REFRESH_MS, dashboardQueryKey } from './get-dashboard';

/** The server's default page size (at most 100 rows a page). */
export const DASHBOARD_UNITS_DEFAULT_PAGE_SIZE = 20;

/** A query with every default filled in and the statuses in one order: one cache entry per page asked. */
export interface DashboardUnitsQuery {
  page: number;
  pageSize: number;
  status: SubmissionStatus[];
  order: DashboardUnitOrder;
}

export function normalizeDashboardUnitsQuery(query: DashboardUnitQuery = {}): DashboardUnitsQuery {
  return {
    page: query.page ?? 1,
    pageSize: query.pageSize ?? DASHBOARD_UNITS_DEFAULT_PAGE_SIZE,
    status: [...new Set(query.status ?? [])].sort(),
    order: query.order ?? 'agency',
  };
}

/** `page=1&pageSize=50&status=missing_overdue&status=late&order=most_overdue`: a status filter repeats. */
export function dashboardUnitsSearch(query: DashboardUnitQuery = {}): string {
  const { page, pageSize, status, order } = normalizeDashboardUnitsQuery(query);
  const search = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  for (const value of status) search.append('status', value);
  search.set('order', order);
  return search.toString();
}

/**
 * One page of a period's unit rows, each with its heatmap line (`cells`). The office, leaders and
 * the admin page through every obligated unit; an agency user gets its own row only.
 */
export function getDashboardUnits(periodId: string, query: DashboardUnitQuery = {}, signal?: AbortSignal) {
  // built here rather than through `params`: the api client's params take one value per name
  return api.get<Page<DashboardUnitRow>>(
    `/periods/${encodeURIComponent(periodId)}/dashboard/units?${dashboardUnitsSearch(query)}`,
    { signal },
  );
}

/** Under the dashboard's key: whatever refreshes the dashboard refreshes its unit pages too. */
export const dashboardUnitsQueryKey = (periodId: string, query: DashboardUnitQuery = {}) =>
  [...dashboardQueryKey(periodId), 'units', normalizeDashboardUnitsQuery(query)] as const;

/**
 * Live like the dashboard (polled every 5 s while the tab is visible, asked again on focus), and
 * the page on screen stays while the next one loads, so paging and filtering do not flash.
 */
export function getDashboardUnitsQueryOptions(periodId: string, query: DashboardUnitQuery = {}) {
  const normalized = normalizeDashboardUnitsQuery(query);
  return queryOptions({
    queryKey: dashboardUnitsQueryKey(periodId, normalized),
    queryFn: ({ signal }) => getDashboardUnits(periodId, normalized, signal),
    staleTime: 0,
    refetchInterval: DASHBOARD_REFRESH_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
  });
}

export function useDashboardUnits(periodId: string, query: DashboardUnitQuery = {}) {
  return useQuery(getDashboardUnitsQueryOptions(periodId, query));
}
