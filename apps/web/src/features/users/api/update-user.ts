import type { UpdateUserRequest, UserAccount } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersKeys } from './users-keys';

export function updateUser(userId: string, body: UpdateUserRequest) {
  return api.patch<UserAccount>(`/users/${encodeURIComponent(userId)}`, body);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateUserRequest }) => updateUser(userId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
