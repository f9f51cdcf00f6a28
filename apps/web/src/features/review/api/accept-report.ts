import type { ReportDetail } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { afterReportChanged } from './report-cache';

/** The office takes a submitted report in (tiếp nhận). */
export function acceptReport(reportId: string) {
  return api.post<ReportDetail>(`/reports/${encodeURIComponent(reportId)}/accept`);
}

export function useAcceptReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acceptReport(reportId),
    onSuccess: (report) => afterReportChanged(queryClient, report),
  });
}
