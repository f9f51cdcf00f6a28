import type { TaskGroup, TaskGroupInput } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** Appends a task group (with its indicators) to a draft period. */
export function addTaskGroup(periodId: string, body: TaskGroupInput) {
  return api.post<TaskGroup>(`/periods/${encodeURIComponent(periodId)}/task-groups`, body);
}

export function useAddTaskGroup(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TaskGroupInput) => addTaskGroup(periodId, body),
    // the task groups and the period's task group count
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.detail(periodId) }),
  });
}
