import type { Agency, Page } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The API's largest page: a province has a few dozen units, so one page holds them all. */
const ALL_AGENCIES = { page: 1, pageSize: 100 } as const;

/** Every unit, inactive ones too (old events name them); the same cache entry as the other unit lists. */
export function getUnitChoicesQueryOptions() {
  return queryOptions({
    queryKey: ['agencies', 'list', ALL_AGENCIES] as const,
    queryFn: ({ signal }) => api.get<Page<Agency>>('/agencies', { params: ALL_AGENCIES, signal }),
    select: (page) => page.items,
  });
}

export function useUnitChoices() {
  return useQuery(getUnitChoicesQueryOptions());
}
