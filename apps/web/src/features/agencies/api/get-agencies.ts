import type { Agency, Page } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const AGENCIES_PAGE_SIZE = 50;

export interface GetAgenciesParams {
  page: number;
  pageSize?: number;
}

/** Member units in display order. */
export function getAgencies({ page, pageSize = AGENCIES_PAGE_SIZE }: GetAgenciesParams, signal?: AbortSignal) {
  return api.get<Page<Agency>>('/agencies', { params: { page, pageSize }, signal });
}

export function getAgenciesQueryOptions({ page, pageSize = AGENCIES_PAGE_SIZE }: GetAgenciesParams) {
  return queryOptions({
    queryKey: ['agencies', 'list', { page, pageSize }] as const,
    queryFn: ({ signal }) => getAgencies({ page, pageSize }, signal),
  });
}

export function useAgencies(params: GetAgenciesParams) {
  return useQuery({ ...getAgenciesQueryOptions(params), placeholderData: keepPreviousData });
}
