import type { ReportDetail, ReportSectionDetail } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportKeys } from '@/lib/api/query-keys';
import { invalidateReportHistory } from '@/lib/api/reports';

/** The office marks a task group (not) applicable to this unit; it leaves every rate's denominator. */
export function setSectionApplicability(reportId: string, sectionId: string, applicable: boolean) {
  return api.put<ReportSectionDetail>(
    `/reports/${encodeURIComponent(reportId)}/sections/${encodeURIComponent(sectionId)}/applicability`,
    { applicable },
  );
}

export function useSetSectionApplicability(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sectionId, applicable }: { sectionId: string; applicable: boolean }) =>
      setSectionApplicability(reportId, sectionId, applicable),
    onSuccess: (section) => {
      queryClient.setQueryData<ReportDetail>(reportKeys.detail(reportId), (report) =>
        report ? { ...report, sections: report.sections.map((s) => (s.id === section.id ? section : s)) } : report,
      );
      return invalidateReportHistory(queryClient, reportId);
    },
  });
}
