import type { PeriodAgencies } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** Units join an open period, each with its report (active member units without one only; 422 otherwise). */
export function addPeriodAgencies(periodId: string, body: PeriodAgencies) {
  return api.post<PeriodAgencies>(`/periods/${encodeURIComponent(periodId)}/agencies`, body);
}

export function useAddPeriodAgencies(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agencyIds: string[]) => addPeriodAgencies(periodId, { agencyIds }),
    // the unit count, the review board and the dashboard of the period all grow by the new reports
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.detail(periodId) }),
  });
}
