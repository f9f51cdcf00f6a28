import type { BulletinItem, CreateBulletinItemRequest, SaveBulletinItemRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { afterBulletinItemChanged } from '@/lib/api/bulletins';
import { bulletinKeys } from '@/lib/api/query-keys';

const itemPath = (itemId: string) => `/bulletin-items/${encodeURIComponent(itemId)}`;

/** `POST /bulletin-issues/:id/items` (a unit's staff): a new draft of their unit in the issue. */
export function createBulletinItem(issueId: string, body: CreateBulletinItemRequest) {
  return api.post<BulletinItem>(`/bulletin-issues/${encodeURIComponent(issueId)}/items`, body);
}

export function useCreateBulletinItem(issueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBulletinItemRequest) => createBulletinItem(issueId, body),
    onSuccess: (item) => afterBulletinItemChanged(queryClient, item),
  });
}

/**
 * `PUT /bulletin-items/:id`: the autosave, carrying the revision the edit started from (409
 * `STALE_VERSION` on a stale one). Called by `useBulletinItemAutosave`, which owns retries and
 * conflicts, hence no mutation hook here.
 */
export function saveBulletinItem(itemId: string, body: SaveBulletinItemRequest) {
  return api.put<BulletinItem>(itemPath(itemId), body);
}

/** `DELETE /bulletin-items/:id`: a draft only. */
export function useDeleteBulletinItem(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>(itemPath(itemId)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: bulletinKeys.item(itemId) });
      return afterBulletinItemChanged(queryClient, null);
    },
  });
}

/** `POST /bulletin-items/:id/submit`: the draft (or the returned item, revised) goes to the office. */
export function useSubmitBulletinItem(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<BulletinItem>(`${itemPath(itemId)}/submit`),
    onSuccess: (item) => afterBulletinItemChanged(queryClient, item),
  });
}
