import type { Page, ReviewQueueItem } from '@giao-ban/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationsKeys } from './notifications-keys';

/** The office's "chờ tiếp nhận" queue: reports submitted and not yet accepted or returned. */
export function getReviewQueue(signal?: AbortSignal) {
  return api.get<Page<ReviewQueueItem>>('/review-queue', { signal });
}

export function getReviewQueueQueryOptions() {
  return queryOptions({ queryKey: notificationsKeys.reviewQueue(), queryFn: ({ signal }) => getReviewQueue(signal), staleTime: 0 });
}

export function useReviewQueue() {
  return useQuery(getReviewQueueQueryOptions());
}
