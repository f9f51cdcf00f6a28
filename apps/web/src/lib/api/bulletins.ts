import type { BulletinIssueDetail, BulletinIssueSummary, BulletinItem } from '@giao-ban/shared';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bulletinKeys } from './query-keys';

/** The year's bulletin issues by number (a unit also gets its own item counts per issue). */
export function getBulletinIssues(year: number, signal?: AbortSignal) {
  return api.get<BulletinIssueSummary[]>('/bulletin-issues', { params: { year }, signal });
}

export function getBulletinIssuesQueryOptions(year: number) {
  return queryOptions({
    queryKey: bulletinKeys.issueList(year),
    queryFn: ({ signal }) => getBulletinIssues(year, signal),
  });
}

export function useBulletinIssues(year: number) {
  return useQuery(getBulletinIssuesQueryOptions(year));
}

/** One issue: the office and leaders get every item sent, a unit its own; the frozen copy once published. */
export function getBulletinIssue(issueId: string, signal?: AbortSignal) {
  return api.get<BulletinIssueDetail>(`/bulletin-issues/${encodeURIComponent(issueId)}`, { signal });
}

export function getBulletinIssueQueryOptions(issueId: string) {
  return queryOptions({
    queryKey: bulletinKeys.issue(issueId),
    queryFn: ({ signal }) => getBulletinIssue(issueId, signal),
  });
}

export function useBulletinIssue(issueId: string) {
  return useQuery(getBulletinIssueQueryOptions(issueId));
}

/** One item: the unit's original, the office's edits beside it, its photos and its fate. */
export function getBulletinItem(itemId: string, signal?: AbortSignal) {
  return api.get<BulletinItem>(`/bulletin-items/${encodeURIComponent(itemId)}`, { signal });
}

export function getBulletinItemQueryOptions(itemId: string) {
  return queryOptions({
    queryKey: bulletinKeys.item(itemId),
    queryFn: ({ signal }) => getBulletinItem(itemId, signal),
  });
}

export function useBulletinItem(itemId: string) {
  return useQuery(getBulletinItemQueryOptions(itemId));
}

/**
 * After an item changed (saved, sent, decided, a photo added): its own entry takes the server's
 * answer, and the issues' lists and details (counts, inbox) are fetched again.
 */
export async function afterBulletinItemChanged(queryClient: QueryClient, item: BulletinItem | null, itemId?: string): Promise<void> {
  if (item) {
    // A fetch of the item still under way (a photo's upload asks for it again) would answer it as it
    // was before this change and overwrite the copy the change answered.
    await queryClient.cancelQueries({ queryKey: bulletinKeys.item(item.id) });
    queryClient.setQueryData(bulletinKeys.item(item.id), item);
  } else if (itemId) void queryClient.invalidateQueries({ queryKey: bulletinKeys.item(itemId) });
  return queryClient.invalidateQueries({ queryKey: bulletinKeys.issues() });
}

/** After an issue changed (edited, laid out, published): its list row and detail are fetched again. */
export function afterBulletinIssueChanged(queryClient: QueryClient, issue?: BulletinIssueDetail): Promise<void> {
  if (issue) queryClient.setQueryData(bulletinKeys.issue(issue.id), issue);
  return queryClient.invalidateQueries({ queryKey: bulletinKeys.issues() });
}
