import type { FinalizeSummaryRequest, SummaryDetail } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { summaryPath } from './get-summary';
import { afterSummaryChanged } from './summary-cache';

/** "Ban hành": number, date, freeze. */
export function finalizeSummary(periodId: string, body: FinalizeSummaryRequest) {
  return api.post<SummaryDetail>(`${summaryPath(periodId)}/finalize`, body);
}

export function useFinalizeSummary(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FinalizeSummaryRequest) => finalizeSummary(periodId, body),
    onSuccess: (summary) => afterSummaryChanged(queryClient, summary),
  });
}
