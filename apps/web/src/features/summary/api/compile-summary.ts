import type { CompileSummaryRequest, CompileSummaryResponse } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { summaryPath, summaryQueryKey } from './get-summary';

/**
 * "Tổng hợp báo cáo" / "Tổng hợp lại": all sections, or only some. The server answers what changed,
 * not the summary (tens of megabytes for a large province): the summary is then fetched again.
 */
export function compileSummary(periodId: string, body: CompileSummaryRequest) {
  return api.post<CompileSummaryResponse>(`${summaryPath(periodId)}/compile`, body);
}

export function useCompileSummary(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompileSummaryRequest) => compileSummary(periodId, body),
    // Awaited, so the button keeps spinning until the compiled summary is on screen.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: summaryQueryKey(periodId) }),
  });
}
