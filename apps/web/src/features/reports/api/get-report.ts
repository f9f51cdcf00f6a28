import type { ReportDetail, ReportSectionDetail } from '@giao-ban/shared';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getReport(reportId: string, signal?: AbortSignal) {
  return api.get<ReportDetail>(`/reports/${encodeURIComponent(reportId)}`, { signal });
}

export function getReportQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: ['reports', 'detail', reportId] as const,
    queryFn: ({ signal }) => getReport(reportId, signal),
  });
}

export function useReport(reportId: string) {
  return useQuery(getReportQueryOptions(reportId));
}

/**
 * Puts a section the server has just confirmed into the cached report, so the cache carries the
 * section's new version (and a first save's move from "not started" to "draft").
 */
export function updateCachedSection(queryClient: QueryClient, reportId: string, section: ReportSectionDetail): void {
  queryClient.setQueryData(getReportQueryOptions(reportId).queryKey, (report) => {
    if (!report) return report;
    return {
      ...report,
      state: report.state === 'not_started' ? 'draft' : report.state,
      sections: report.sections.map((current) =>
        current.id === section.id ? { ...section, taskGroup: section.taskGroup ?? current.taskGroup } : current,
      ),
    };
  });
}
