import type { NotificationPreferences, UpdateNotificationPreferencesRequest } from '@giao-ban/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationsKeys } from './notifications-keys';

export function getNotificationPreferences(signal?: AbortSignal) {
  return api.get<NotificationPreferences>('/notifications/preferences', { signal });
}

export function getNotificationPreferencesQueryOptions() {
  return queryOptions({ queryKey: notificationsKeys.preferences(), queryFn: ({ signal }) => getNotificationPreferences(signal), staleTime: 0 });
}

export function useNotificationPreferences() {
  return useQuery(getNotificationPreferencesQueryOptions());
}

export function updateNotificationPreferences(body: UpdateNotificationPreferencesRequest) {
  return api.patch<NotificationPreferences>('/notifications/preferences', body);
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (preferences) => queryClient.setQueryData(notificationsKeys.preferences(), preferences),
  });
}
