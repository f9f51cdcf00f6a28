import type { NotificationPage } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationsKeys } from './notifications-keys';

export const NOTIFICATIONS_PAGE_SIZE = 20;
/** The bell's dropdown shows the newest few. */
export const BELL_PAGE_SIZE = 6;

/** The signed-in person's own notifications, newest first, with the unread count. */
export function getNotifications(page: number, pageSize: number, signal?: AbortSignal) {
  return api.get<NotificationPage>('/notifications', { params: { page, pageSize }, signal });
}

export function getNotificationsQueryOptions(page: number, pageSize: number) {
  return queryOptions({
    queryKey: notificationsKeys.list(page, pageSize),
    queryFn: ({ signal }) => getNotifications(page, pageSize, signal),
    staleTime: 0,
  });
}

export function useNotifications(page: number, pageSize = NOTIFICATIONS_PAGE_SIZE, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getNotificationsQueryOptions(page, pageSize), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
}
