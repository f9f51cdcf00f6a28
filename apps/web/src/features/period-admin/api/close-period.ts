import type { ReportingPeriod } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** Closes an open period: no more submissions (the office can still reopen one unit’s report). */
export function closePeriod(periodId: string) {
  return api.post<ReportingPeriod>(`/periods/${encodeURIComponent(periodId)}/close`);
}

export function useClosePeriod(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closePeriod(periodId),
    // the state shows in the lists, the period page and (once open) the review board
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.all }),
  });
}
