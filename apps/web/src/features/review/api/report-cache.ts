import type { ReportDetail } from '@giao-ban/shared';
import type { QueryClient } from '@tanstack/react-query';
import { periodKeys, reportKeys } from '@/lib/api/query-keys';
import { invalidateReportHistory } from '@/lib/api/reports';

/**
 * After an office action the server answers with the whole report: show it at once, then refresh
 * what derives from it (its versions and audit trail, the period's review board).
 */
export async function afterReportChanged(queryClient: QueryClient, report: ReportDetail): Promise<void> {
  queryClient.setQueryData(reportKeys.detail(report.id), report);
  await Promise.all([
    invalidateReportHistory(queryClient, report.id),
    queryClient.invalidateQueries({ queryKey: periodKeys.reviewBoard(report.period.id) }),
  ]);
}
