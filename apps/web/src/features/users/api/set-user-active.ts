import type { UserAccount } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersKeys } from './users-keys';

/** Deactivating refuses every sign-in and ends the user's open sessions at once; activating undoes it. */
export function setUserActive(userId: string, active: boolean) {
  return api.post<UserAccount>(`/users/${encodeURIComponent(userId)}/${active ? 'activate' : 'deactivate'}`);
}

export function useSetUserActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, active }: { userId: string; active: boolean }) => setUserActive(userId, active),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
