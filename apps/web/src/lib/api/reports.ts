import type { AddNoteRequest, ReportDetail, ReportSectionDetail, ReportVersionSummary, ReviewNote } from '@giao-ban/shared';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportKeys } from './query-keys';

/** One unit's report with its sections, notes and what the signed-in user may do to it. */
export function getReport(reportId: string, signal?: AbortSignal) {
  return api.get<ReportDetail>(`/reports/${encodeURIComponent(reportId)}`, { signal });
}

export function getReportQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: reportKeys.detail(reportId),
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

/** The report's numbered, immutable submissions, oldest first. */
export function getReportVersions(reportId: string, signal?: AbortSignal) {
  return api.get<ReportVersionSummary[]>(`/reports/${encodeURIComponent(reportId)}/versions`, { signal });
}

export function getReportVersionsQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: reportKeys.versions(reportId),
    queryFn: ({ signal }) => getReportVersions(reportId, signal),
    // Both lists (the unit's drawer, the office's panel) read them by number, whatever the answer's order.
    select: (versions) => [...versions].sort((a, b) => a.number - b.number),
  });
}

export function useReportVersions(reportId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getReportVersionsQueryOptions(reportId), enabled: options.enabled ?? true });
}

/**
 * The report's sub-queries (versions, audit trail, comparisons), not the report itself: the
 * caller has just put the server's answer into it.
 */
export function invalidateReportHistory(queryClient: QueryClient, reportId: string): Promise<void> {
  const key = reportKeys.detail(reportId);
  return queryClient.invalidateQueries({ queryKey: key, predicate: (query) => query.queryKey.length > key.length });
}

/** A review note on the report or one of its sections; a reply names its parent. */
export function addNote(reportId: string, body: AddNoteRequest) {
  return api.post<ReviewNote>(`/reports/${encodeURIComponent(reportId)}/notes`, body);
}

/** The new note joins the cached report at once; the report's audit trail gains an event. */
export function useAddNote(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddNoteRequest) => addNote(reportId, body),
    onSuccess: (note) => {
      queryClient.setQueryData(getReportQueryOptions(reportId).queryKey, (report) =>
        report ? { ...report, notes: [...report.notes, note] } : report,
      );
      return invalidateReportHistory(queryClient, reportId);
    },
  });
}
