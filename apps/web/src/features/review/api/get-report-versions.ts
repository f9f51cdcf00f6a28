import type { ReportVersionSummary } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportQueryKey } from './get-report';

/** The numbered, immutable submissions of a report, oldest first. */
export function getReportVersions(reportId: string, signal?: AbortSignal) {
  return api.get<ReportVersionSummary[]>(`/reports/${encodeURIComponent(reportId)}/versions`, { signal });
}

export function getReportVersionsQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: [...reportQueryKey(reportId), 'versions'] as const,
    queryFn: ({ signal }) => getReportVersions(reportId, signal),
  });
}

export function useReportVersions(reportId: string) {
  return useQuery(getReportVersionsQueryOptions(reportId));
}
