import { Flex, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useDashboardPeriods } from '../api/get-dashboard-periods';

/** The dashboard's period picker: opens another period's dashboard. */
export function PeriodSwitcher({ periodId, currentTitle }: { periodId: string; currentTitle: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periods = useDashboardPeriods();
  const id = useId();
  const options = (periods.data ?? [])
    .filter((period) => period.state !== 'draft' || period.id === periodId)
    .map((period) => ({ value: period.id, label: period.title }));
  if (!options.some((option) => option.value === periodId)) options.unshift({ value: periodId, label: currentTitle });

  return (
    <Flex vertical gap={4} className="gb-no-print gb-period-switcher">
      <label htmlFor={id}>{t('dashboard.switcher.label')}</label>
      <Select
        id={id}
        value={periodId}
        loading={periods.isPending}
        options={options}
        popupMatchSelectWidth={false}
        onChange={(next: string) => void navigate(paths.app.periodDashboard.getHref(next))}
      />
    </Flex>
  );
}
