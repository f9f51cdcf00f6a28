import type { CommitteeSettingsView } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';

export function getCommitteeSettings(signal?: AbortSignal) {
  return api.get<CommitteeSettingsView>('/settings', { signal });
}

export function getCommitteeSettingsQueryOptions() {
  return queryOptions({ queryKey: settingsKeys.committee(), queryFn: ({ signal }) => getCommitteeSettings(signal) });
}

export function useCommitteeSettings() {
  return useQuery(getCommitteeSettingsQueryOptions());
}
