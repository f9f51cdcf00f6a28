import type { SummarySources } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { summaryPath, summaryQueryKey } from './get-summary';

/** What the units wrote for parts II–IV, to quote beside the editor (under the summary's key: a compile refreshes it). */
export function getSummarySourcesQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: [...summaryQueryKey(periodId), 'sources'] as const,
    queryFn: ({ signal }) => api.get<SummarySources>(`${summaryPath(periodId)}/sources`, { signal }),
  });
}

export function useSummarySources(periodId: string, enabled: boolean) {
  return useQuery({ ...getSummarySourcesQueryOptions(periodId), enabled });
}
