import type { DeactivateAgencyRequest, MergeAgenciesRequest, SuccessionPreview, SuccessionResult } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function previewMerge(body: MergeAgenciesRequest) {
  return api.post<SuccessionPreview>('/agencies/merge/preview', body);
}

export function mergeAgencies(body: MergeAgenciesRequest) {
  return api.post<SuccessionResult>('/agencies/merge', body);
}

export function previewDeactivation(agencyId: string, body: DeactivateAgencyRequest) {
  return api.post<SuccessionPreview>(`/agencies/${encodeURIComponent(agencyId)}/deactivate/preview`, body);
}

export function deactivateAgency(agencyId: string, body: DeactivateAgencyRequest) {
  return api.post<SuccessionResult>(`/agencies/${encodeURIComponent(agencyId)}/deactivate`, body);
}

/** What a merge or an ending would do: asked before the confirmation, changes nothing. */
export function useSuccessionPreview() {
  return useMutation({
    mutationFn: (request: { kind: 'merge'; body: MergeAgenciesRequest } | { kind: 'deactivate'; agencyId: string; body: DeactivateAgencyRequest }) =>
      request.kind === 'merge' ? previewMerge(request.body) : previewDeactivation(request.agencyId, request.body),
  });
}

/**
 * Merge units, or end one. It moves reports and accounts and changes what boards, lists and
 * accounts show, so every cached answer is refreshed after.
 */
export function useEndAgencies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { kind: 'merge'; body: MergeAgenciesRequest } | { kind: 'deactivate'; agencyId: string; body: DeactivateAgencyRequest }) =>
      request.kind === 'merge' ? mergeAgencies(request.body) : deactivateAgency(request.agencyId, request.body),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
