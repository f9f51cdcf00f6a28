import type { Agency, Page } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { agencyKeys } from '@/lib/api/query-keys';

export const AGENCIES_PAGE_SIZE = 50;

export interface GetAgenciesParams {
  page: number;
  pageSize?: number;
  /** Only active units (true), only those that ended (false), or all. */
  active?: boolean;
}

/** Member units in display order. */
export function getAgencies({ page, pageSize = AGENCIES_PAGE_SIZE, active }: GetAgenciesParams, signal?: AbortSignal) {
  return api.get<Page<Agency>>('/agencies', { params: { page, pageSize, active }, signal });
}

export function getAgenciesQueryOptions({ page, pageSize = AGENCIES_PAGE_SIZE, active }: GetAgenciesParams) {
  return queryOptions({
    queryKey: agencyKeys.list({ page, pageSize, ...(active === undefined ? {} : { active }) }),
    queryFn: ({ signal }) => getAgencies({ page, pageSize, active }, signal),
  });
}

export function useAgencies(params: GetAgenciesParams) {
  return useQuery({ ...getAgenciesQueryOptions(params), placeholderData: keepPreviousData });
}

/** Every active member unit (a province has a few dozen: one page of the API's largest size). */
export function useActiveMemberUnits() {
  return useQuery({
    ...getAgenciesQueryOptions({ page: 1, pageSize: 100, active: true }),
    select: (page) => page.items.filter((agency) => !agency.isStandingOffice),
  });
}
