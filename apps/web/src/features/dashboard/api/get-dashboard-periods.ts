import type { Page, ReportingPeriod } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

const RECENT_PERIODS = { page: 1, pageSize: 100 } as const;

/** The latest periods, newest first: the choices of the dashboard's period switcher. */
export function getDashboardPeriods(signal?: AbortSignal) {
  return api.get<Page<ReportingPeriod>>('/periods', { params: RECENT_PERIODS, signal });
}

/** The same request (and key) as every other "recent periods" list, so they share one cache entry. */
export function getDashboardPeriodsQueryOptions() {
  return queryOptions({
    queryKey: ['periods', 'list', RECENT_PERIODS] as const,
    queryFn: ({ signal }) => getDashboardPeriods(signal),
    select: (page) => page.items,
  });
}

export function useDashboardPeriods() {
  return useQuery(getDashboardPeriodsQueryOptions());
}

/** The dashboard to open when none was asked for: the newest period that is no longer a draft. */
export function newestReportingPeriod(periods: readonly ReportingPeriod[]): ReportingPeriod | undefined {
  return periods.find((period) => period.state !== 'draft');
}
