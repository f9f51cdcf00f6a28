import type { ReportState } from '@giao-ban/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATE_COLORS: Record<ReportState, string> = {
  not_started: 'default',
  draft: 'default',
  awaiting_approval: 'gold',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

export function ReportStateTag({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state]}>{t(`review.state.${state}`)}</Tag>;
}
