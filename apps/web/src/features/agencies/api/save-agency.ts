import type { Agency, CreateAgencyRequest, UpdateAgencyRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { agencyKeys } from '@/lib/api/query-keys';

export function createAgency(body: CreateAgencyRequest) {
  return api.post<Agency>('/agencies', body);
}

export function updateAgency(agencyId: string, body: UpdateAgencyRequest) {
  return api.patch<Agency>(`/agencies/${encodeURIComponent(agencyId)}`, body);
}

/** Create (no id) or edit a unit; every units list and history is refreshed after. */
export function useSaveAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agencyId, body }: { agencyId: string | null; body: CreateAgencyRequest | UpdateAgencyRequest }) =>
      agencyId ? updateAgency(agencyId, body) : createAgency(body as CreateAgencyRequest),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
  });
}
