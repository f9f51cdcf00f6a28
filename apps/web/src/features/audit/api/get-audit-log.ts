import type { AuditLogEntry, AuditLogQuery, Page } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '@/lib/api-client';
import { auditKeys } from './audit-keys';

export const AUDIT_PAGE_SIZE = 20;

/** The whole audit log, newest first, filtered; dates are Vietnam days. */
export function getAuditLog(query: AuditLogQuery, signal?: AbortSignal) {
  return api.get<Page<AuditLogEntry>>('/audit', { params: { pageSize: AUDIT_PAGE_SIZE, ...query }, signal });
}

export function getAuditLogQueryOptions(query: AuditLogQuery) {
  return queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => getAuditLog(query, signal),
  });
}

export function useAuditLog(query: AuditLogQuery) {
  return useQuery({ ...getAuditLogQueryOptions(query), placeholderData: keepPreviousData });
}

/** "Xuất Excel": a plain download with the same filters (no paging); the session cookie goes along. */
export function auditExportHref(query: AuditLogQuery) {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return buildUrl('/audit/export.xlsx', { ...filters });
}
