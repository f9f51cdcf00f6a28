import type { PeriodAgencies } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getPeriodAgenciesQueryOptions } from './get-period-agencies';

/** Replaces the set of units that must report (draft periods only; active member units only). */
export function setPeriodAgencies(periodId: string, body: PeriodAgencies) {
  return api.put<PeriodAgencies>(`/periods/${encodeURIComponent(periodId)}/agencies`, body);
}

export function useSetPeriodAgencies(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agencyIds: string[]) => setPeriodAgencies(periodId, { agencyIds }),
    onSuccess: (saved) => {
      queryClient.setQueryData(getPeriodAgenciesQueryOptions(periodId).queryKey, saved);
    },
  });
}
