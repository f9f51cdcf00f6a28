import type { MessageLogEntry, MessageLogQuery, Page } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationsKeys } from './notifications-keys';

export const OUTBOX_PAGE_SIZE = 20;

/** The e-mail log, newest first: the outbox without SMTP, deliveries and failures with their reason. */
export function getOutbox(query: MessageLogQuery, signal?: AbortSignal) {
  return api.get<Page<MessageLogEntry>>('/outbox', { params: { pageSize: OUTBOX_PAGE_SIZE, ...query }, signal });
}

export function getOutboxQueryOptions(query: MessageLogQuery) {
  return queryOptions({ queryKey: notificationsKeys.outbox(query), queryFn: ({ signal }) => getOutbox(query, signal), staleTime: 0 });
}

export function useOutbox(query: MessageLogQuery) {
  return useQuery({ ...getOutboxQueryOptions(query), placeholderData: keepPreviousData });
}
