import type { UserListQuery } from '@giao-ban/shared';

/**
 * The one query-key factory of the feature: every users query starts with `['users']`, so a
 * change invalidates them all through `usersKeys.all` and no key is ever spelt twice.
 */
export const usersKeys = {
  all: ['users'] as const,
  lists: () => [...usersKeys.all, 'list'] as const,
  list: (query: UserListQuery) => [...usersKeys.lists(), query] as const,
};
