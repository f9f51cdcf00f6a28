import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** Removes a task group from a draft period; the later ones move up one place. */
export function deleteTaskGroup(periodId: string, taskGroupId: string) {
  return api.delete<void>(`/periods/${encodeURIComponent(periodId)}/task-groups/${encodeURIComponent(taskGroupId)}`);
}

export function useDeleteTaskGroup(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (taskGroupId: string) => deleteTaskGroup(periodId, taskGroupId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.detail(periodId) }),
  });
}
