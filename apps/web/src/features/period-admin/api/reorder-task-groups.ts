import type { TaskGroup } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** Renumbers a draft period's task groups: every id exactly once, in the new order. */
export function reorderTaskGroups(periodId: string, taskGroupIds: string[]) {
  return api.put<TaskGroup[]>(`/periods/${encodeURIComponent(periodId)}/task-groups/order`, { taskGroupIds });
}

export function useReorderTaskGroups(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (taskGroupIds: string[]) => reorderTaskGroups(periodId, taskGroupIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.detail(periodId) }),
  });
}
