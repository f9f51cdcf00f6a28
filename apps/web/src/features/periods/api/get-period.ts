import type { ReportingPeriod } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

export function getPeriod(periodId: string, signal?: AbortSignal) {
  return api.get<ReportingPeriod>(`/periods/${encodeURIComponent(periodId)}`, { signal });
}

export function getPeriodQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: periodKeys.detail(periodId),
    queryFn: ({ signal }) => getPeriod(periodId, signal),
  });
}

export function usePeriod(periodId: string) {
  return useQuery(getPeriodQueryOptions(periodId));
}
