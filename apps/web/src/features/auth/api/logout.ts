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
      queryClient.setQueryData(meKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meKey) });
      onSuccess?.();
    },
  });
}
