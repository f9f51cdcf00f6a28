import type { Page, ReportingPeriod } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const PERIODS_PAGE_SIZE = 20;

export interface GetPeriodsParams {
  page: number;
  pageSize?: number;
}

/** Reporting periods, newest first. */
export function getPeriods({ page, pageSize = PERIODS_PAGE_SIZE }: GetPeriodsParams, signal?: AbortSignal) {
  return api.get<Page<ReportingPeriod>>('/periods', { params: { page, pageSize }, signal });
}

export function getPeriodsQueryOptions({ page, pageSize = PERIODS_PAGE_SIZE }: GetPeriodsParams) {
  return queryOptions({
    queryKey: ['periods', 'list', { page, pageSize }] as const,
    queryFn: ({ signal }) => getPeriods({ page, pageSize }, signal),
  });
}

export function usePeriods(params: GetPeriodsParams) {
  return useQuery({ ...getPeriodsQueryOptions(params), placeholderData: keepPreviousData });
}
