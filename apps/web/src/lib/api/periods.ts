import type { Page, ReportingPeriod } from '@giao-ban/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys, type PeriodListParams } from './query-keys';

/** The latest periods in one page: the choices of every period picker, sharing one cache entry. */
const RECENT_PERIODS: PeriodListParams = { page: 1, pageSize: 100 };

/** Reporting periods, newest first. */
export function getPeriods({ page, pageSize }: PeriodListParams, signal?: AbortSignal) {
  return api.get<Page<ReportingPeriod>>('/periods', { params: { page, pageSize }, signal });
}

export function getPeriodsQueryOptions({ page, pageSize }: PeriodListParams) {
  return queryOptions({
    queryKey: periodKeys.list({ page, pageSize }),
    queryFn: ({ signal }) => getPeriods({ page, pageSize }, signal),
  });
}

/** The latest periods, newest first, as a list (the dashboard's switcher, a new period's source). */
export function getRecentPeriodsQueryOptions() {
  return queryOptions({
    queryKey: periodKeys.list(RECENT_PERIODS),
    queryFn: ({ signal }) => getPeriods(RECENT_PERIODS, signal),
    select: (page) => page.items,
  });
}
