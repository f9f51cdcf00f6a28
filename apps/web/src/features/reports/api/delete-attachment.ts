import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getReportQueryOptions } from '@/lib/api/reports';

export function deleteAttachment(reportId: string, attachmentId: string) {
  return api.delete<void>(`/reports/${encodeURIComponent(reportId)}/attachments/${encodeURIComponent(attachmentId)}`);
}

/** Removes an evidence file (only while the report is editable); the report is fetched again. */
export function useDeleteAttachment(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => deleteAttachment(reportId, attachmentId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: getReportQueryOptions(reportId).queryKey }),
  });
}
