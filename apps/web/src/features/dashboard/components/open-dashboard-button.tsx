import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';

/** "Bảng điều khiển" on the period page: opens the period's live dashboard. */
export function OpenDashboardButton({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return <Button onClick={() => void navigate(paths.app.periodDashboard.getHref(periodId))}>{t('dashboard.openFromPeriod')}</Button>;
}
