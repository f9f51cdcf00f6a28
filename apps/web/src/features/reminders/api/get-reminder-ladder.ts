import type { PeriodReminderLadder } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** When the period's units that have not submitted are reminded (office, leaders, admin). */
export function getReminderLadder(periodId: string, signal?: AbortSignal) {
  return api.get<PeriodReminderLadder>(`/periods/${encodeURIComponent(periodId)}/reminder-ladder`, { signal });
}

export function getReminderLadderQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: periodKeys.reminderLadder(periodId),
    queryFn: ({ signal }) => getReminderLadder(periodId, signal),
  });
}

export function useReminderLadder(periodId: string) {
  return useQuery(getReminderLadderQueryOptions(periodId));
}
