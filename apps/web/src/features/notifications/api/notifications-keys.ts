import type { MessageLogQuery } from '@giao-ban/shared';

/** The one query-key factory of the feature: every notifications query starts with `['notifications']`. */
export const notificationsKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationsKeys.all, 'list'] as const,
  list: (page: number, pageSize: number) => [...notificationsKeys.lists(), { page, pageSize }] as const,
  counts: () => [...notificationsKeys.all, 'counts'] as const,
  preferences: () => [...notificationsKeys.all, 'preferences'] as const,
  reviewQueue: () => [...notificationsKeys.all, 'review-queue'] as const,
  outbox: (query: MessageLogQuery) => [...notificationsKeys.all, 'outbox', query] as const,
};
