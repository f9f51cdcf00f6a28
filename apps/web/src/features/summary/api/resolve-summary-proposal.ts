import type { ResolveSummaryProposalRequest, SummarySectionView } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { summaryPath } from './get-summary';
import { afterSummarySectionChanged } from './summary-cache';

/** Takes a recompile's proposed text ("accept") or keeps the office's edit ("keep"). */
export function resolveSummaryProposal(periodId: string, key: string, body: ResolveSummaryProposalRequest) {
  return api.post<SummarySectionView>(`${summaryPath(periodId)}/sections/${encodeURIComponent(key)}/proposal`, body);
}

export function useResolveSummaryProposal(periodId: string, key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResolveSummaryProposalRequest) => resolveSummaryProposal(periodId, key, body),
    onSuccess: (section) => afterSummarySectionChanged(queryClient, periodId, section),
  });
}
