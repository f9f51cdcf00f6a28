import type { Page, UserAccount, UserListQuery } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersKeys } from './users-keys';

export const USERS_PAGE_SIZE = 20;

/** Accounts, active first, by name; `search` matches with or without Vietnamese accents. */
export function getUsers(query: UserListQuery, signal?: AbortSignal) {
  return api.get<Page<UserAccount>>('/users', {
    params: { pageSize: USERS_PAGE_SIZE, ...query },
    signal,
  });
}

export function getUsersQueryOptions(query: UserListQuery) {
  return queryOptions({
    queryKey: usersKeys.list(query),
    queryFn: ({ signal }) => getUsers(query, signal),
  });
}

export function useUsers(query: UserListQuery) {
  return useQuery({ ...getUsersQueryOptions(query), placeholderData: keepPreviousData });
}
