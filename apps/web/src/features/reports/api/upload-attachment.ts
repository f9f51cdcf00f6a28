import type { Attachment } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getReportQueryOptions } from '@/lib/api/reports';

export interface UploadAttachmentInput {
  file: File;
  /** The section the file is evidence for; `null` for the whole report. */
  sectionId: string | null;
}

/** `POST /reports/:id/attachments` as multipart/form-data (field `file`, optional `sectionId`). */
export function uploadAttachment(reportId: string, { file, sectionId }: UploadAttachmentInput) {
  const form = new FormData();
  form.append('file', file, file.name);
  if (sectionId) form.append('sectionId', sectionId);
  return api.post<Attachment>(`/reports/${encodeURIComponent(reportId)}/attachments`, form);
}

/** Uploads an evidence file; the report is fetched again so its `attachments` list has it. */
export function useUploadAttachment(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadAttachmentInput) => uploadAttachment(reportId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: getReportQueryOptions(reportId).queryKey }),
  });
}
