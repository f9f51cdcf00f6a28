import type { Agency, Page } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The API's largest page: a province has a few dozen units, so one page holds them all. */
const ALL_AGENCIES = { page: 1, pageSize: 100 } as const;

/** The units the search filters by; the same cache entry as the other screens' unit lists. */
export function useBulletinUnitChoices() {
  return useQuery(
    queryOptions({
      queryKey: ['agencies', 'list', ALL_AGENCIES] as const,
      queryFn: ({ signal }) => api.get<Page<Agency>>('/agencies', { params: ALL_AGENCIES, signal }),
      select: (page) => page.items,
    }),
  );
}
