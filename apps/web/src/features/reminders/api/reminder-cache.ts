/**
 * Every query about one period starts with `['periods', 'detail', periodId]` (the period, its
 * review board, its dashboard and unit pages): a đôn đốc refreshes them all through that prefix
 * without this feature reaching into the others.
 */
export const periodCacheKey = (periodId: string) => ['periods', 'detail', periodId] as const;
