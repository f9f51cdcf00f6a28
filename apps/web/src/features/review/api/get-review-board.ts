import type { Page, ReviewBoardRow } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Every obligated unit of a period with its report's state and timeliness (one page holds them all). */
export function getReviewBoard(periodId: string, signal?: AbortSignal) {
  return api.get<Page<ReviewBoardRow>>(`/periods/${encodeURIComponent(periodId)}/reports`, { signal });
}

/** Under the period's key: opening or closing the period refreshes the board too. */
export const reviewBoardQueryKey = (periodId: string) => ['periods', 'detail', periodId, 'reports'] as const;

export function getReviewBoardQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: reviewBoardQueryKey(periodId),
    queryFn: ({ signal }) => getReviewBoard(periodId, signal),
    select: (page) => page.items,
  });
}

export function useReviewBoard(periodId: string) {
  return useQuery(getReviewBoardQueryOptions(periodId));
}
