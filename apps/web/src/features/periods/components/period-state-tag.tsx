import type { PeriodState } from '@giao-ban/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATE_COLORS: Record<PeriodState, string> = {
  draft: 'default',
  open: 'green',
  closed: 'orange',
  archived: 'purple',
};

export function PeriodStateTag({ state }: { state: PeriodState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state]}>{t(`periods.state.${state}`)}</Tag>;
}
