import type { AcceptBulletinItemRequest, BulletinItem, NotUsedBulletinItemRequest, ReturnBulletinItemRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { afterBulletinItemChanged } from '@/lib/api/bulletins';

type Decision =
  | { action: 'accept'; body: AcceptBulletinItemRequest }
  | { action: 'return'; body: ReturnBulletinItemRequest }
  | { action: 'not-used'; body: NotUsedBulletinItemRequest };

/**
 * The office's decision on a sent item: `POST /bulletin-items/:id/accept` (its edits kept beside
 * the original, placed in a section), `/return` (with the reason the unit reads), `/not-used`.
 */
export function decideBulletinItem(itemId: string, decision: Decision) {
  return api.post<BulletinItem>(`/bulletin-items/${encodeURIComponent(itemId)}/${decision.action}`, decision.body);
}

export function useDecideBulletinItem(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: Decision) => decideBulletinItem(itemId, decision),
    onSuccess: (item) => afterBulletinItemChanged(queryClient, item),
  });
}
