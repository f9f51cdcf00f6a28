import type { AuditLogFacets } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { auditKeys } from './audit-keys';

/** The object types, actions and actors present in the log, for the filter selects. */
export function getAuditFacets(signal?: AbortSignal) {
  return api.get<AuditLogFacets>('/audit/facets', { signal });
}

export function getAuditFacetsQueryOptions() {
  return queryOptions({ queryKey: auditKeys.facets(), queryFn: ({ signal }) => getAuditFacets(signal) });
}

export function useAuditFacets() {
  return useQuery(getAuditFacetsQueryOptions());
}
