import type { Profile } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { profileKeys } from './profile-keys';

export function getProfile(signal?: AbortSignal) {
  return api.get<Profile>('/profile', { signal });
}

export function getProfileQueryOptions() {
  return queryOptions({ queryKey: profileKeys.detail(), queryFn: ({ signal }) => getProfile(signal) });
}

export function useProfile() {
  return useQuery(getProfileQueryOptions());
}
