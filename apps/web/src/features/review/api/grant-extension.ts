import type { GrantExtensionRequest, ReportDetail } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { afterReportChanged } from './report-cache';

/** A later due date for one unit (gia hạn), while its report has not been submitted. */
export function grantExtension(reportId: string, body: GrantExtensionRequest) {
  return api.post<ReportDetail>(`/reports/${encodeURIComponent(reportId)}/extension`, body);
}

export function useGrantExtension(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantExtensionRequest) => grantExtension(reportId, body),
    onSuccess: (report) => afterReportChanged(queryClient, report),
  });
}
