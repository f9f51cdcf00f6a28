import type { SendRemindersRequest, SendRemindersResult } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/**
 * Đôn đốc: the office's own message to units that have not submitted. 422 with `agencyIds.<index>`
 * for a unit that is not obliged or has already submitted, `message` for an empty or long text.
 */
export function sendReminders(periodId: string, body: SendRemindersRequest) {
  return api.post<SendRemindersResult>(`/periods/${encodeURIComponent(periodId)}/reminders`, body);
}

export function useSendReminders(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendRemindersRequest) => sendReminders(periodId, body),
    // the board's and the overdue list's "Nhắc gần nhất" change
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.detail(periodId) }),
  });
}
