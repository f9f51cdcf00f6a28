import type { ReopenReportRequest, ReportDetail } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { afterReportChanged } from './report-cache';

/** The office opens a submitted or accepted report to its unit again (also in a closed period). */
export function reopenReport(reportId: string, body: ReopenReportRequest) {
  return api.post<ReportDetail>(`/reports/${encodeURIComponent(reportId)}/reopen`, body);
}

export function useReopenReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReopenReportRequest) => reopenReport(reportId, body),
    onSuccess: (report) => afterReportChanged(queryClient, report),
  });
}
