import { API_PREFIX } from '@/lib/api-client';

/**
 * `GET /reports/:id/attachments/:attachmentId`: a plain link, so the browser downloads the file
 * with the session cookie (same origin) instead of the app buffering it.
 */
export function attachmentDownloadUrl(reportId: string, attachmentId: string): string {
  return `${API_PREFIX}/reports/${encodeURIComponent(reportId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
