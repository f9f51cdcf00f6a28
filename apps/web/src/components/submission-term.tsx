import { versionTimelinessTerm, type SubmissionTerm } from '@giao-ban/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The colours of the deadline standing (deadline-standing.tsx): on time green, late orange. */
const TERM_COLORS: Record<SubmissionTerm, string> = {
  on_time: 'green',
  late: 'orange',
  missing_not_due: 'default',
  missing_overdue: 'red',
  revision_on_time: 'green',
  revision_late: 'orange',
};

/** A submitted version's timeliness: the first against the due date, a revision against the revision due date. */
export function VersionTimelinessTag({ version }: { version: { number: number; onTime: boolean } }) {
  const { t } = useTranslation();
  const term = versionTimelinessTerm(version);
  return <Tag color={TERM_COLORS[term]}>{t(`submissionTerms.${term}`)}</Tag>;
}
