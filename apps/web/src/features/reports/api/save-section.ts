import type { ReportSectionDetail, SaveSectionRequest } from '@giao-ban/shared';
import { api } from '@/lib/api-client';

/**
 * The autosave of one section. Carries the version the edit started from: a stale one is
 * answered 409 `STALE_VERSION` with the server's copy in `details.server`. Called by
 * `useSectionAutosave`, which owns retries and conflicts, hence no mutation hook here.
 */
export function saveSection(reportId: string, sectionId: string, body: SaveSectionRequest) {
  return api.put<ReportSectionDetail>(
    `/reports/${encodeURIComponent(reportId)}/sections/${encodeURIComponent(sectionId)}`,
    body,
  );
}
