import type { TemporaryPasswordIssued } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersKeys } from './users-keys';

/** A new one-time password (shown once); the user's sessions end and they must change it at sign-in. */
export function resetUserPassword(userId: string) {
  return api.post<TemporaryPasswordIssued>(`/users/${encodeURIComponent(userId)}/reset-password`);
}

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
