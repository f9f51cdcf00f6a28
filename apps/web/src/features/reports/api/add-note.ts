import type { AddNoteRequest, ReviewNote } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getReportQueryOptions } from '@/lib/api/reports';

export function addNote(reportId: string, body: AddNoteRequest) {
  return api.post<ReviewNote>(`/reports/${encodeURIComponent(reportId)}/notes`, body);
}

/** A review note or a reply (threaded by `parentId`); the new note joins the cached report. */
export function useAddNote(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddNoteRequest) => addNote(reportId, body),
    onSuccess: (note) => {
      queryClient.setQueryData(getReportQueryOptions(reportId).queryKey, (report) =>
        report ? { ...report, notes: [...report.notes, note] } : report,
      );
    },
  });
}
