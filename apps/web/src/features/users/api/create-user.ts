import type { CreateUserRequest, TemporaryPasswordIssued } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersKeys } from './users-keys';

/** A new account and its one-time password. 422 names the fields (`login` taken: `unique`). */
export function createUser(body: CreateUserRequest) {
  return api.post<TemporaryPasswordIssued>('/users', body);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
