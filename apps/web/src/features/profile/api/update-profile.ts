import type { Profile, UpdateProfileRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { profileKeys } from './profile-keys';

/** E-mail and phone; 422 names the field. */
export function updateProfile(body: UpdateProfileRequest) {
  return api.patch<Profile>('/profile', body);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.detail(), profile),
  });
}
