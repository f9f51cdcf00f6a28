import type { TaskGroup, TaskGroupInput } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** Rewrites a task group of a draft period; its indicators are replaced wholesale. */
export function updateTaskGroup(periodId: string, taskGroupId: string, body: TaskGroupInput) {
  return api.put<TaskGroup>(
    `/periods/${encodeURIComponent(periodId)}/task-groups/${encodeURIComponent(taskGroupId)}`,
    body,
  );
}

export function useUpdateTaskGroup(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskGroupId, body }: { taskGroupId: string; body: TaskGroupInput }) =>
      updateTaskGroup(periodId, taskGroupId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.detail(periodId) }),
  });
}
