import type { BulletinPhoto } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, API_PREFIX } from '@/lib/api-client';
import { afterBulletinItemChanged } from '@/lib/api/bulletins';

export interface UploadBulletinPhotoInput {
  file: File;
  caption: string;
  credit: string;
}

const photosPath = (itemId: string) => `/bulletin-items/${encodeURIComponent(itemId)}/photos`;

/** The photo's content (scoped like its item), for an `<img>` or a download. */
export function bulletinPhotoUrl(itemId: string, photoId: string): string {
  return `${API_PREFIX}${photosPath(itemId)}/${encodeURIComponent(photoId)}`;
}

/** `POST /bulletin-items/:id/photos` as multipart/form-data: `file`, `caption`, `credit` (JPG/PNG, judged by content). */
export function uploadBulletinPhoto(itemId: string, { file, caption, credit }: UploadBulletinPhotoInput) {
  const form = new FormData();
  form.append('caption', caption);
  form.append('credit', credit);
  // the fields before the file, so the server has them when the file streams in
  form.append('file', file, file.name);
  return api.post<BulletinPhoto>(photosPath(itemId), form);
}

export function useUploadBulletinPhoto(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadBulletinPhotoInput) => uploadBulletinPhoto(itemId, input),
    onSettled: () => afterBulletinItemChanged(queryClient, null, itemId),
  });
}

export function useDeleteBulletinPhoto(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (photoId: string) => api.delete<void>(`${photosPath(itemId)}/${encodeURIComponent(photoId)}`),
    onSettled: () => afterBulletinItemChanged(queryClient, null, itemId),
  });
}
