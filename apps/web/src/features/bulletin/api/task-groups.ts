import type { BulletinTaskGroupChoice } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bulletinKeys } from '@/lib/api/query-keys';

/** `GET /bulletin-task-groups`: the task groups of the announced six-month periods (an item's choices, the search's filter). */
export function getBulletinTaskGroups(signal?: AbortSignal) {
  return api.get<BulletinTaskGroupChoice[]>('/bulletin-task-groups', { signal });
}

export function useBulletinTaskGroups() {
  return useQuery({
    ...queryOptions({
      queryKey: [...bulletinKeys.all, 'task-groups'] as const,
      queryFn: ({ signal }) => getBulletinTaskGroups(signal),
    }),
    // A period's task groups are fixed once it is announced.
    staleTime: 10 * 60_000,
  });
}
