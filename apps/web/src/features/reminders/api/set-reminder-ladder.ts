import type { PeriodReminderLadder, ReminderLadder } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getReminderLadderQueryOptions } from './get-reminder-ladder';

/**
 * Replaces the period's reminder ladder (office). The answer is the ladder as stored (days before
 * from the furthest). 409 `ILLEGAL_TRANSITION` once the period is closed; 422 with
 * `ladder.daysBefore.<index>`, `ladder.onDueDay`, `ladder.repeatEveryDays`.
 */
export function setReminderLadder(periodId: string, body: PeriodReminderLadder) {
  return api.put<PeriodReminderLadder>(`/periods/${encodeURIComponent(periodId)}/reminder-ladder`, body);
}

export function useSetReminderLadder(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ladder: ReminderLadder) => setReminderLadder(periodId, { ladder }),
    onSuccess: (saved) => queryClient.setQueryData(getReminderLadderQueryOptions(periodId).queryKey, saved),
  });
}
