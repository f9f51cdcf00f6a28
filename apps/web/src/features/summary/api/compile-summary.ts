import type { CompileSummaryRequest, SummaryDetail } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { summaryPath } from './get-summary';
import { afterSummaryChanged } from './summary-cache';

/** "Tổng hợp báo cáo" / "Tổng hợp lại": all sections, or only some. */
export function compileSummary(periodId: string, body: CompileSummaryRequest) {
  return api.post<SummaryDetail>(`${summaryPath(periodId)}/compile`, body);
}

export function useCompileSummary(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompileSummaryRequest) => compileSummary(periodId, body),
    onSuccess: (summary) => afterSummaryChanged(queryClient, summary),
  });
}
