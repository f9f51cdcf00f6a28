import type { ReportingPeriod } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { allPeriodsCacheKey } from './period-cache';

/** Opens a draft period: every chosen unit gets its report. Needs ≥1 task group and ≥1 unit (422 otherwise). */
export function openPeriod(periodId: string) {
  return api.post<ReportingPeriod>(`/periods/${encodeURIComponent(periodId)}/open`);
}

export function useOpenPeriod(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => openPeriod(periodId),
    // the state shows in the lists, the period page and (once open) the review board
    onSuccess: () => queryClient.invalidateQueries({ queryKey: allPeriodsCacheKey }),
  });
}
