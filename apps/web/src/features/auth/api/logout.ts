import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, hasStatus } from '@/lib/api-client';
import { getMeQueryOptions } from './get-me';

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/auth/logout');
  } catch (error) {
    if (!hasStatus(error, 401)) throw error; // already signed out is what we wanted
  }
}

export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  const meKey = getMeQueryOptions().queryKey;
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      // The caller sets off for the login page first (a navigation with flushSync, so the router
      // shows it under way at once): `RequireAuth`, seeing the session gone while it is, waits for
      // it instead of redirecting with a way back to the page the user just left.
      onSuccess?.();
      queryClient.setQueryData(meKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meKey) });
    },
  });
}
