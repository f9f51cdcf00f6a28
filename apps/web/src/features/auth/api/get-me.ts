import type { CurrentUser } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, hasStatus } from '@/lib/api-client';

/** The session check: the signed-in user, or `null` when nobody is (401 is an answer here). */
export async function getMe(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return await api.get<CurrentUser>('/auth/me', { signal });
  } catch (error) {
    if (hasStatus(error, 401)) return null;
    throw error;
  }
}

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'me'] as const,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}
