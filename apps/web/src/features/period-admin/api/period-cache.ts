/**
 * Cache keys this feature refreshes after a change. Every query about one period starts with
 * `['periods', 'detail', periodId]` (the period and its task groups, owned by features/periods;
 * its units, owned here), and every period query with `['periods']`. Invalidating a prefix
 * refreshes them all without this feature reaching into another one.
 */
export const periodCacheKey = (periodId: string) => ['periods', 'detail', periodId] as const;

export const allPeriodsCacheKey = ['periods'] as const;
