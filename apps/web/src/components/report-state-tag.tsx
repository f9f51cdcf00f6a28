import type { ReportState } from '@giao-ban/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A report's state as a tag, the same on the unit's screens and the office's. The colours follow
 * the theme's tuned tag palette and the deadline tags: grey while the unit works, gold while it
 * waits on someone, blue once sent, orange when returned, green when accepted.
 */
const REPORT_STATE_COLORS: Record<ReportState, string> = {
  not_started: 'default',
  draft: 'default',
  awaiting_approval: 'gold',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

export function ReportStateTag({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  return <Tag color={REPORT_STATE_COLORS[state]}>{t(`reports.state.${state}`)}</Tag>;
}
