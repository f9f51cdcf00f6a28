import type { ReopenSummaryRequest, SummaryDetail } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { summaryPath } from './get-summary';
import { afterSummaryChanged } from './summary-cache';

/** "Mở lại": final → draft, with a reason (audited). */
export function reopenSummary(periodId: string, body: ReopenSummaryRequest) {
  return api.post<SummaryDetail>(`${summaryPath(periodId)}/reopen`, body);
}

export function useReopenSummary(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReopenSummaryRequest) => reopenSummary(periodId, body),
    onSuccess: (summary) => afterSummaryChanged(queryClient, summary),
  });
}
