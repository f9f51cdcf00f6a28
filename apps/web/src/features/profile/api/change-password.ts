import type { ChangePasswordRequest } from '@giao-ban/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/**
 * 204 when changed (the user's other sessions end; this one stays). 422 with `currentPassword`
 * (`matches`) or `newPassword` (the rule's names: `tooShort`, `tooFewKinds`… `differentFromCurrent`).
 */
export function changePassword(body: ChangePasswordRequest) {
  return api.post<void>('/profile/password', body);
}

export function useChangePassword({ onSuccess }: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: changePassword, onSuccess });
}
