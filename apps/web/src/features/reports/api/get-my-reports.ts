import type { MyReportRow, Page } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const MY_REPORTS_PAGE_SIZE = 20;

export interface GetMyReportsParams {
  page: number;
  pageSize?: number;
}

/** The signed-in unit's own reports, one per period, newest period first. */
export function getMyReports({ page, pageSize = MY_REPORTS_PAGE_SIZE }: GetMyReportsParams, signal?: AbortSignal) {
  return api.get<Page<MyReportRow>>('/reports/mine', { params: { page, pageSize }, signal });
}

export function getMyReportsQueryOptions({ page, pageSize = MY_REPORTS_PAGE_SIZE }: GetMyReportsParams) {
  return queryOptions({
    queryKey: ['reports', 'mine', { page, pageSize }] as const,
    queryFn: ({ signal }) => getMyReports({ page, pageSize }, signal),
  });
}

/** The key prefix of every page of "my reports", for invalidation after a submission. */
export const MY_REPORTS_QUERY_KEY = ['reports', 'mine'] as const;

export function useMyReports(params: GetMyReportsParams) {
  return useQuery({ ...getMyReportsQueryOptions(params), placeholderData: keepPreviousData });
}
