import type { DemoClockState, SetDemoClockRequest } from '@giao-ban/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';

/** The demo clock (administrator, demo mode only): any other answer, 404 above all, means there is none. */
export function getDemoClock(signal?: AbortSignal) {
  return api.get<DemoClockState>('/demo-clock', { signal });
}

export function getDemoClockQueryOptions() {
  return queryOptions({ queryKey: settingsKeys.demoClock(), queryFn: ({ signal }) => getDemoClock(signal), retry: false });
}

export function useDemoClock() {
  return useQuery(getDemoClockQueryOptions());
}

export function setDemoClock(body: SetDemoClockRequest) {
  return api.put<DemoClockState>('/demo-clock', body);
}

export function useSetDemoClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDemoClock,
    onSuccess: async (state) => {
      queryClient.setQueryData(settingsKeys.demoClock(), state);
      // Moving time sends the reminders then due and changes every deadline shown: everything is read again.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] !== 'demo-clock' });
    },
  });
}
