import type { NotificationCounts } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationsKeys } from './notifications-keys';

/** How often the bell asks for its counts while the page is open. */
export const COUNTS_POLL_MS = 30_000;

export function getNotificationCounts(signal?: AbortSignal) {
  return api.get<NotificationCounts>('/notifications/unread-count', { signal });
}

export function getNotificationCountsQueryOptions() {
  return queryOptions({ queryKey: notificationsKeys.counts(), queryFn: ({ signal }) => getNotificationCounts(signal) });
}

/** The bell's badge and the office's "chờ tiếp nhận" count: polled, and asked again when the tab comes back. */
export function useNotificationCounts() {
  return useQuery({ ...getNotificationCountsQueryOptions(), refetchInterval: COUNTS_POLL_MS, refetchOnWindowFocus: true, staleTime: 5_000 });
}
