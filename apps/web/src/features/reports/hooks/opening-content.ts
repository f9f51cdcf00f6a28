import type { ReportSectionDetail } from '@giao-ban/shared';
import { readDraft, recoverDraft } from '../utils/draft-storage';
import { contentOf, type SectionContent } from '../utils/section-content';

/** Opening content: the server's, or the browser's unsaved edits laid over it. */
export function openingContent(options: { reportId: string; section: ReportSectionDetail; editable: boolean; storage?: Storage | null }) {
  const { reportId, section, editable } = options;
  const server = contentOf(section);
  if (!editable) return { content: server, baseVersion: section.version, restored: false, discard: false };
  const recovery = recoverDraft(readDraft(reportId, section.id, options.storage), server);
  if (recovery.kind !== 'restore') {
    return { content: server, baseVersion: section.version, restored: false, discard: recovery.kind === 'discard' };
  }
  const kept = new Map(recovery.draft.indicatorValues.map((value) => [value.indicatorId, value.value]));
  const content: SectionContent = {
    text: recovery.draft.text,
    status: section.taskGroupId ? recovery.draft.status : null,
    indicatorValues: server.indicatorValues.map((value) =>
      kept.has(value.indicatorId) ? { indicatorId: value.indicatorId, value: kept.get(value.indicatorId) ?? null } : value,
    ),
  };
  return { content, baseVersion: recovery.draft.baseVersion, restored: true, discard: false };
}
