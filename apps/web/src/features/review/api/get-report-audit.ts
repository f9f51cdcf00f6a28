import type { AuditEvent } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportQueryKey } from './get-report';

/** Who did what to a report, oldest first (office and admin only). */
export function getReportAudit(reportId: string, signal?: AbortSignal) {
  return api.get<AuditEvent[]>(`/reports/${encodeURIComponent(reportId)}/audit`, { signal });
}

export function getReportAuditQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: [...reportQueryKey(reportId), 'audit'] as const,
    queryFn: ({ signal }) => getReportAudit(reportId, signal),
  });
}

export function useReportAudit(reportId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getReportAuditQueryOptions(reportId), enabled });
}
