import type { ReportingPeriod } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** Archives a closed period. */
export function archivePeriod(periodId: string) {
  return api.post<ReportingPeriod>(`/periods/${encodeURIComponent(periodId)}/archive`);
}

export function useArchivePeriod(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archivePeriod(periodId),
    // the state shows in the lists, the period page and (once open) the review board
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.all }),
  });
}
