import type { ReportDetail } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** One unit's report with its sections, notes and what the signed-in user may do to it. */
export function getReport(reportId: string, signal?: AbortSignal) {
  return api.get<ReportDetail>(`/reports/${encodeURIComponent(reportId)}`, { signal });
}

/** Every query about one report (its versions, its audit trail) starts with this key. */
export const reportQueryKey = (reportId: string) => ['reports', 'detail', reportId] as const;

export function getReportQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: reportQueryKey(reportId),
    queryFn: ({ signal }) => getReport(reportId, signal),
  });
}

export function useReport(reportId: string) {
  return useQuery(getReportQueryOptions(reportId));
}
