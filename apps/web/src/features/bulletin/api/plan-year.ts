import type { BulletinIssueSummary, PlanBulletinYearRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bulletinKeys } from '@/lib/api/query-keys';

/** `POST /bulletin-issues/plan` (office): the year's issues in one step; 409 if the year has some already. */
export function planBulletinYear(body: PlanBulletinYearRequest) {
  return api.post<BulletinIssueSummary[]>('/bulletin-issues/plan', body);
}

export function usePlanBulletinYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: planBulletinYear,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bulletinKeys.issues() }),
  });
}
