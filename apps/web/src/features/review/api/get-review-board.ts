import type { Page, ReviewBoardRow } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { periodKeys } from '@/lib/api/query-keys';

/** Every obligated unit of a period with its report's state and timeliness (one page holds them all). */
export function getReviewBoard(periodId: string, signal?: AbortSignal) {
  return api.get<Page<ReviewBoardRow>>(`/periods/${encodeURIComponent(periodId)}/reports`, { signal });
}

export function getReviewBoardQueryOptions(periodId: string) {
  return queryOptions({
    // Under the period's key: opening or closing the period refreshes the board too.
    queryKey: periodKeys.reviewBoard(periodId),
    queryFn: ({ signal }) => getReviewBoard(periodId, signal),
    select: (page) => page.items,
  });
}

export function useReviewBoard(periodId: string) {
  return useQuery(getReviewBoardQueryOptions(periodId));
}
