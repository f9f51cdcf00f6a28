import type { BulletinSearchHit, BulletinSearchQuery, Page } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bulletinKeys } from '@/lib/api/query-keys';

/** `GET /bulletin-search`: published items, by text (with or without accents), unit, task group and date. */
export function searchBulletin(query: BulletinSearchQuery, signal?: AbortSignal) {
  return api.get<Page<BulletinSearchHit>>('/bulletin-search', { params: { ...query }, signal });
}

export function useBulletinSearch(query: BulletinSearchQuery) {
  return useQuery({
    ...queryOptions({
      queryKey: bulletinKeys.search({ ...query }),
      queryFn: ({ signal }) => searchBulletin(query, signal),
    }),
    placeholderData: keepPreviousData,
  });
}
