import type { VersionComparison } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportKeys } from '@/lib/api/query-keys';

/** The word diff of two submitted versions, section by section. */
export function compareReportVersions(reportId: string, from: number, to: number, signal?: AbortSignal) {
  return api.get<VersionComparison>(`/reports/${encodeURIComponent(reportId)}/compare`, { params: { from, to }, signal });
}

export function compareReportVersionsQueryOptions(reportId: string, from: number, to: number) {
  return queryOptions({
    queryKey: reportKeys.comparison(reportId, from, to),
    queryFn: ({ signal }) => compareReportVersions(reportId, from, to, signal),
    // versions are immutable: a comparison never changes
    staleTime: Infinity,
  });
}

export function useCompareReportVersions(reportId: string, from: number | null, to: number | null) {
  return useQuery({
    ...compareReportVersionsQueryOptions(reportId, from ?? 0, to ?? 0),
    enabled: from !== null && to !== null && from !== to,
  });
}
