import type { ReportState } from '@giao-ban/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATE_COLORS: Record<ReportState, string> = {
  not_started: 'default',
  draft: 'blue',
  awaiting_approval: 'purple',
  submitted: 'cyan',
  returned: 'orange',
  accepted: 'green',
};

export function ReportStateTag({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {t(`reports.state.${state}`)}
    </Tag>
  );
}
