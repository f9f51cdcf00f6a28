import type { Page, ReportingPeriod } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

const RECENT_PERIODS = { page: 1, pageSize: 100 } as const;

/** The latest periods, newest first: the sources a new period may copy its task groups from. */
export function getPeriodChoices(signal?: AbortSignal) {
  return api.get<Page<ReportingPeriod>>('/periods', { params: RECENT_PERIODS, signal });
}

export function getPeriodChoicesQueryOptions() {
  return queryOptions({
    queryKey: ['periods', 'list', RECENT_PERIODS] as const,
    queryFn: ({ signal }) => getPeriodChoices(signal),
    select: (page) => page.items,
  });
}

export function usePeriodChoices() {
  return useQuery(getPeriodChoicesQueryOptions());
}
