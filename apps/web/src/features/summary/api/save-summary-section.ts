import type { SaveSummarySectionRequest, SummarySectionView } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { summaryPath } from './get-summary';
import { afterSummarySectionChanged } from './summary-cache';

/** Saves the office's text of one section; a stale `version` → 409 STALE_VERSION with the server's copy. */
export function saveSummarySection(periodId: string, key: string, body: SaveSummarySectionRequest) {
  return api.put<SummarySectionView>(`${summaryPath(periodId)}/sections/${encodeURIComponent(key)}`, body);
}

export function useSaveSummarySection(periodId: string, key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSummarySectionRequest) => saveSummarySection(periodId, key, body),
    onSuccess: (section) => afterSummarySectionChanged(queryClient, periodId, section),
  });
}
