import type { SummaryDetail } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '@/lib/api-client';

export const summaryPath = (periodId: string) => `/periods/${encodeURIComponent(periodId)}/summary`;

/** The period's summary report (báo cáo tổng hợp); 404 before the first compile. */
export function getSummary(periodId: string, signal?: AbortSignal) {
  return api.get<SummaryDetail>(summaryPath(periodId), { signal });
}

/** Every query about one period's summary (its versions too) starts with this key. */
export const summaryQueryKey = (periodId: string) => ['summaries', 'detail', periodId] as const;

export function getSummaryQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: summaryQueryKey(periodId),
    queryFn: ({ signal }) => getSummary(periodId, signal),
  });
}

export function useSummary(periodId: string) {
  return useQuery(getSummaryQueryOptions(periodId));
}

/** The export links ("Tải .docx", "Tải .xlsx"): plain downloads, the session cookie goes along. */
export function summaryExportHref(periodId: string, format: 'docx' | 'xlsx', version?: number) {
  return buildUrl(`${summaryPath(periodId)}/export.${format}`, { version });
}
