import type { DirectoryImportReview } from '@giao-ban/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A workbook as the import routes take it: multipart/form-data, field `file`. */
export function workbookForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** `POST /import/dry-run`: what the file would do and every problem in it; writes nothing. */
export function checkImport(file: File) {
  return api.post<DirectoryImportReview>('/import/dry-run', workbookForm(file));
}

export function useCheckImport() {
  return useMutation({ mutationFn: checkImport });
}
