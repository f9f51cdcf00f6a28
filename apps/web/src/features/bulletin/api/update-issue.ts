import type { BulletinIssueDetail, BulletinLayoutRequest, UpdateBulletinIssueRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { afterBulletinIssueChanged } from '@/lib/api/bulletins';

/** `PATCH /bulletin-issues/:id` (office, not published): number, window, editorial line, sections. */
export function updateBulletinIssue(issueId: string, body: UpdateBulletinIssueRequest) {
  return api.patch<BulletinIssueDetail>(`/bulletin-issues/${encodeURIComponent(issueId)}`, body);
}

export function useUpdateBulletinIssue(issueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBulletinIssueRequest) => updateBulletinIssue(issueId, body),
    onSuccess: (issue) => afterBulletinIssueChanged(queryClient, issue),
  });
}

/** `PUT /bulletin-issues/:id/layout` (office): the sections in order, every accepted item once, one or two columns. */
export function saveBulletinLayout(issueId: string, body: BulletinLayoutRequest) {
  return api.put<BulletinIssueDetail>(`/bulletin-issues/${encodeURIComponent(issueId)}/layout`, body);
}

export function useSaveBulletinLayout(issueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulletinLayoutRequest) => saveBulletinLayout(issueId, body),
    onSuccess: (issue) => afterBulletinIssueChanged(queryClient, issue),
  });
}

/** `POST /bulletin-issues/:id/publish` (office): the laid-out accepted items are frozen; 409 if already published. */
export function publishBulletinIssue(issueId: string) {
  return api.post<BulletinIssueDetail>(`/bulletin-issues/${encodeURIComponent(issueId)}/publish`);
}

export function usePublishBulletinIssue(issueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishBulletinIssue(issueId),
    onSuccess: (issue) => afterBulletinIssueChanged(queryClient, issue),
  });
}
