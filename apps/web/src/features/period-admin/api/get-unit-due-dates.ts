import type { PeriodUnitDueDates } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** The units of a period that report by a due date of their own (the others by the period's). */
export function getUnitDueDates(periodId: string, signal?: AbortSignal) {
  return api.get<PeriodUnitDueDates>(`/periods/${encodeURIComponent(periodId)}/unit-due-dates`, { signal });
}

export function getUnitDueDatesQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: periodKeys.unitDueDates(periodId),
    queryFn: ({ signal }) => getUnitDueDates(periodId, signal),
  });
}

export function useUnitDueDates(periodId: string) {
  return useQuery(getUnitDueDatesQueryOptions(periodId));
}
