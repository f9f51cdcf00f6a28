import type { Page, TaskGroup } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** All task groups of a period (one page holds them all), ordered by ordinal, with indicators. */
export function getTaskGroups(periodId: string, signal?: AbortSignal) {
  return api.get<Page<TaskGroup>>(`/periods/${encodeURIComponent(periodId)}/task-groups`, { signal });
}

export function getTaskGroupsQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: periodKeys.taskGroups(periodId),
    queryFn: ({ signal }) => getTaskGroups(periodId, signal),
    select: (page) => [...page.items].sort((a, b) => a.ordinal - b.ordinal),
  });
}

export function useTaskGroups(periodId: string) {
  return useQuery(getTaskGroupsQueryOptions(periodId));
}
