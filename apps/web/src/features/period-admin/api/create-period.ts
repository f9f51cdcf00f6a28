import type { CreatePeriodRequest, ReportingPeriod } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** A new period, in draft. 422 with `details[].field` (e.g. `dueDate`); 409 when it already exists. */
export function createPeriod(body: CreatePeriodRequest) {
  return api.post<ReportingPeriod>('/periods', body);
}

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPeriod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.all }),
  });
}
