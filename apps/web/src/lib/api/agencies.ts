import type { Agency, Page } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { agencyKeys } from './query-keys';

/** The API's largest page: a province has a few dozen units, so one page holds them all. */
export const ALL_AGENCIES = { page: 1, pageSize: 100 } as const;

/** Every unit, inactive ones and the standing office too, in display order. */
export function getAllAgencies(signal?: AbortSignal) {
  return api.get<Page<Agency>>('/agencies', { params: ALL_AGENCIES, signal });
}

/** One cache entry for every screen that lists all units; each picks what it needs with `select`. */
export function getAllAgenciesQueryOptions() {
  return queryOptions({
    queryKey: agencyKeys.list(ALL_AGENCIES),
    queryFn: ({ signal }) => getAllAgencies(signal),
  });
}

/** Every unit, for filters that name inactive ones too (old events and accounts name them). */
export function useAllAgencies() {
  return useQuery({ ...getAllAgenciesQueryOptions(), select: (page) => page.items });
}
