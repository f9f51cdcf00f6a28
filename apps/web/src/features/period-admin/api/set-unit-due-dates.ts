import type { PeriodUnitDueDates, UnitDueDate } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getUnitDueDatesQueryOptions } from './get-unit-due-dates';

/**
 * Replaces the units' own due dates of a draft period. The answer holds the dates as stored: one
 * that fell on a weekend or holiday comes back as the next working day. 422 with
 * `unitDueDates.<index>.dueDate` for a date too close to the cut-off.
 */
export function setUnitDueDates(periodId: string, body: PeriodUnitDueDates) {
  return api.put<PeriodUnitDueDates>(`/periods/${encodeURIComponent(periodId)}/unit-due-dates`, body);
}

export function useSetUnitDueDates(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitDueDates: UnitDueDate[]) => setUnitDueDates(periodId, { unitDueDates }),
    onSuccess: (saved) => queryClient.setQueryData(getUnitDueDatesQueryOptions(periodId).queryKey, saved),
  });
}
