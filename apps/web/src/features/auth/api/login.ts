import type { CurrentUser, LoginRequest } from '@giao-ban/shared';
import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getMeQueryOptions } from './get-me';

export function login(body: LoginRequest): Promise<CurrentUser> {
  return api.post<CurrentUser>('/auth/login', body);
}

export function useLogin({ onSuccess }: { onSuccess?: (user: CurrentUser) => void } = {}) {
  const queryClient = useQueryClient();
  const meKey = getMeQueryOptions().queryKey;
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Nothing cached under a previous session may leak into this one.
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meKey) });
      queryClient.setQueryData(meKey, user);
      onSuccess?.(user);
    },
  });
}
