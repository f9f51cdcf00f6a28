import type { AddNoteRequest, ReportDetail, ReviewNote } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportKeys } from '@/lib/api/query-keys';
import { invalidateReportHistory } from './report-cache';

/** A review note on the report or one of its sections; a reply names its parent. */
export function addNote(reportId: string, body: AddNoteRequest) {
  return api.post<ReviewNote>(`/reports/${encodeURIComponent(reportId)}/notes`, body);
}

export function useAddNote(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddNoteRequest) => addNote(reportId, body),
    onSuccess: (note) => {
      queryClient.setQueryData<ReportDetail>(reportKeys.detail(reportId), (report) =>
        report ? { ...report, notes: [...report.notes, note] } : report,
      );
      return invalidateReportHistory(queryClient, reportId);
    },
  });
}
