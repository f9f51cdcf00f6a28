import type { PeriodAgencies } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** The units that must report for a period (chosen while draft; the obligations once open). */
export function getPeriodAgencies(periodId: string, signal?: AbortSignal) {
  return api.get<PeriodAgencies>(`/periods/${encodeURIComponent(periodId)}/agencies`, { signal });
}

export function getPeriodAgenciesQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: periodKeys.agencies(periodId),
    queryFn: ({ signal }) => getPeriodAgencies(periodId, signal),
  });
}

export function usePeriodAgencies(periodId: string) {
  return useQuery(getPeriodAgenciesQueryOptions(periodId));
}
