import type { AgencyHistory } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { agencyKeys } from '@/lib/api/query-keys';

/** A unit with its names over time and the successions it took part in. */
export function getAgencyHistory(agencyId: string, signal?: AbortSignal) {
  return api.get<AgencyHistory>(`/agencies/${encodeURIComponent(agencyId)}/history`, { signal });
}

export function getAgencyHistoryQueryOptions(agencyId: string) {
  return queryOptions({
    queryKey: agencyKeys.history(agencyId),
    queryFn: ({ signal }) => getAgencyHistory(agencyId, signal),
  });
}

export function useAgencyHistory(agencyId: string) {
  return useQuery(getAgencyHistoryQueryOptions(agencyId));
}
