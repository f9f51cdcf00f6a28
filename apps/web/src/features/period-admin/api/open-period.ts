import type { OpenPeriodRequest, ReportingPeriod } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/**
 * Opens a draft period: every chosen unit gets its report. Needs ≥1 task group and ≥1 unit (422
 * otherwise); when a unit's due date has passed, `confirmPastDue` (409 PAST_DUE_CONFIRMATION_REQUIRED otherwise).
 */
export function openPeriod(periodId: string, body: OpenPeriodRequest = {}) {
  return api.post<ReportingPeriod>(`/periods/${encodeURIComponent(periodId)}/open`, body);
}

export function useOpenPeriod(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenPeriodRequest = {}) => openPeriod(periodId, body),
    // the state shows in the lists, the period page and (once open) the review board
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.all }),
  });
}
