import type { DirectoryImportResult } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { workbookForm } from './check-import';

/**
 * `POST /import/apply`: the same file again, checked again and applied in one transaction. 422
 * IMPORT_INVALID carries `details.problems` when the data changed since the check.
 */
export function applyImport(file: File) {
  return api.post<DirectoryImportResult>('/import/apply', workbookForm(file));
}

export function useApplyImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyImport,
    // Units and accounts appear on most screens (lists, filters, boards, the menu's own name):
    // everything cached is read again rather than spelling each feature's keys here.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
