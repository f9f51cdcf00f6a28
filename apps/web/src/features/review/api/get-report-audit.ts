import type { AuditEvent } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportKeys } from '@/lib/api/query-keys';

/** Who did what to a report, oldest first (office and admin only). */
export function getReportAudit(reportId: string, signal?: AbortSignal) {
  return api.get<AuditEvent[]>(`/reports/${encodeURIComponent(reportId)}/audit`, { signal });
}

export function getReportAuditQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: reportKeys.audit(reportId),
    queryFn: ({ signal }) => getReportAudit(reportId, signal),
  });
}

export function useReportAudit(reportId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getReportAuditQueryOptions(reportId), enabled });
}
