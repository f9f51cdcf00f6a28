import type { ReportVersionSummary } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The report's numbered, immutable submissions, oldest first. */
export function getReportVersions(reportId: string, signal?: AbortSignal) {
  return api.get<ReportVersionSummary[]>(`/reports/${encodeURIComponent(reportId)}/versions`, { signal });
}

export function getReportVersionsQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: ['reports', 'detail', reportId, 'versions'] as const,
    queryFn: ({ signal }) => getReportVersions(reportId, signal),
    select: (versions) => [...versions].sort((a, b) => a.number - b.number),
  });
}

export function useReportVersions(reportId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getReportVersionsQueryOptions(reportId), enabled: options.enabled ?? true });
}
