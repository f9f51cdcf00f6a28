/**
 * The one query-key factory of the feature: every units query starts with `['agencies']` (the
 * period and user screens list units under the same prefix), so a change invalidates them all.
 */
export const agenciesKeys = {
  all: ['agencies'] as const,
  lists: () => [...agenciesKeys.all, 'list'] as const,
  list: (params: { page: number; pageSize: number; active?: boolean }) => [...agenciesKeys.lists(), params] as const,
  history: (agencyId: string) => [...agenciesKeys.all, 'history', agencyId] as const,
};
