import { GENERAL_SECTION_TITLES_VI, taskGroupLabel, type ReportSectionDetail } from '@giao-ban/shared';

/** "(7) Tổ chức tập huấn…" for a task group, the Vietnamese heading for a general section. */
export function sectionTitle(section: Pick<ReportSectionDetail, 'taskGroup' | 'generalKey'>): string {
  if (section.taskGroup) return taskGroupLabel(section.taskGroup.ordinal, section.taskGroup.title);
  if (section.generalKey) return GENERAL_SECTION_TITLES_VI[section.generalKey];
  return '';
}
