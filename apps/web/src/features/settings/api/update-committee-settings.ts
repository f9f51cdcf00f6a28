import type { CommitteeSettingsView, UpdateCommitteeSettingsRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';

export function updateCommitteeSettings(body: UpdateCommitteeSettingsRequest) {
  return api.put<CommitteeSettingsView>('/settings', body);
}

export function useUpdateCommitteeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCommitteeSettings,
    onSuccess: (saved) => queryClient.setQueryData(settingsKeys.committee(), saved),
  });
}
