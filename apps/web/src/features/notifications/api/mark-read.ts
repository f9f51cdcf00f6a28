import type { NotificationCounts, NotificationItem } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationsKeys } from './notifications-keys';

export function markNotificationRead(id: string) {
  return api.post<NotificationItem>(`/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsRead() {
  return api.post<NotificationCounts>('/notifications/read-all');
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.counts() });
    },
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: (counts) => {
      queryClient.setQueryData(notificationsKeys.counts(), counts);
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.lists() });
    },
  });
}
