import { GENERAL_SECTION_TITLES_VI, taskGroupLabel, type ReportSectionDetail } from '@giao-ban/shared';
import { useTranslation } from 'react-i18next';

/** Scrolled to, a section stops below the sticky header and summary bar. */
export const SECTION_STYLE = { scrollMarginTop: 210 } as const;

/** The id of a section's element on the page, to scroll to it. */
export function sectionElementId(sectionId: string): string {
  return `section-${sectionId}`;
}

/** The heading of a section: "(n) title" for a task group, the Vietnamese heading for a general one. */
export function useSectionTitle(): (section: ReportSectionDetail) => string {
  const { t, i18n } = useTranslation();
  return (section) => {
    if (section.taskGroup) return taskGroupLabel(section.taskGroup.ordinal, section.taskGroup.title);
    if (section.generalKey) {
      return i18n.resolvedLanguage === 'en' ? t(`reports.general.${section.generalKey}`) : GENERAL_SECTION_TITLES_VI[section.generalKey];
    }
    return '';
  };
}
