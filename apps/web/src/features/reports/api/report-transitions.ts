import type { ReportDetail } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { MY_REPORTS_QUERY_KEY } from './get-my-reports';
import { getReportQueryOptions, getReportVersionsQueryOptions } from '@/lib/api/reports';

/** The unit's moves of its report: submit, ask the head to approve, the head sends it back. */
export type ReportTransition = 'submit' | 'request-approval' | 'send-back';

export function transitionReport(reportId: string, transition: ReportTransition) {
  return api.post<ReportDetail>(`/reports/${encodeURIComponent(reportId)}/${transition}`);
}

export function useReportTransition(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (transition: ReportTransition) => transitionReport(reportId, transition),
    onSuccess: async (report) => {
      // A fetch of the report still under way would answer it as it was before this move and
      // overwrite the copy the move answered (the screen would go on showing a draft).
      await queryClient.cancelQueries({ queryKey: getReportQueryOptions(reportId).queryKey, exact: true });
      queryClient.setQueryData(getReportQueryOptions(reportId).queryKey, report);
      void queryClient.invalidateQueries({ queryKey: MY_REPORTS_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: getReportVersionsQueryOptions(reportId).queryKey });
    },
  });
}
