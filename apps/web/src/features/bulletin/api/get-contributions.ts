import type { BulletinContributions } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bulletinKeys } from '@/lib/api/query-keys';

/** `GET /bulletin-contributions?year=` (office, leaders): items sent per unit and month, and per half-year. */
export function getBulletinContributions(year: number, signal?: AbortSignal) {
  return api.get<BulletinContributions>('/bulletin-contributions', { params: { year }, signal });
}

export function useBulletinContributions(year: number) {
  return useQuery(
    queryOptions({
      queryKey: bulletinKeys.contributions(year),
      queryFn: ({ signal }) => getBulletinContributions(year, signal),
    }),
  );
}
