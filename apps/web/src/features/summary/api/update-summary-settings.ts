import type { SummaryDetail, SummarySettingsRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { summaryPath } from './get-summary';
import { afterSummaryChanged } from './summary-cache';

/** "Thông tin văn bản": style, number, date, place, signature block and recipients. */
export function updateSummarySettings(periodId: string, body: SummarySettingsRequest) {
  return api.put<SummaryDetail>(`${summaryPath(periodId)}/settings`, body);
}

export function useUpdateSummarySettings(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SummarySettingsRequest) => updateSummarySettings(periodId, body),
    onSuccess: (summary) => afterSummaryChanged(queryClient, summary),
  });
}
