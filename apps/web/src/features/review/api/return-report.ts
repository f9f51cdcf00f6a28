import type { ReportDetail, ReturnReportRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { afterReportChanged } from './report-cache';

/** The office sends chosen sections (none = the whole report) back for revision, with a reason and a date. */
export function returnReport(reportId: string, body: ReturnReportRequest) {
  return api.post<ReportDetail>(`/reports/${encodeURIComponent(reportId)}/return`, body);
}

export function useReturnReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnReportRequest) => returnReport(reportId, body),
    onSuccess: (report) => afterReportChanged(queryClient, report),
  });
}
