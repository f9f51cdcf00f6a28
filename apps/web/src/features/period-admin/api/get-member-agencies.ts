import type { Agency, Page } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The API's largest page: a province has a few dozen member units, so one page holds them all. */
const ALL_AGENCIES = { page: 1, pageSize: 100 } as const;

export function getMemberAgencies(signal?: AbortSignal) {
  return api.get<Page<Agency>>('/agencies', { params: ALL_AGENCIES, signal });
}

export function getMemberAgenciesQueryOptions() {
  return queryOptions({
    queryKey: ['agencies', 'list', ALL_AGENCIES] as const,
    queryFn: ({ signal }) => getMemberAgencies(signal),
    // Units that can be obliged to report: active members, not the standing office itself.
    select: (page) => page.items.filter((agency) => agency.active && !agency.isStandingOffice),
  });
}

export function useMemberAgencies() {
  return useQuery(getMemberAgenciesQueryOptions());
}
