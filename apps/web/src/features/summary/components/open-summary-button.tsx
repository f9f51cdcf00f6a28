import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';

/** "Báo cáo tổng hợp" on the period page (office and leaders). */
export function OpenSummaryButton({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return <Button onClick={() => void navigate(paths.app.periodSummary.getHref(periodId))}>{t('summary.openFromPeriod')}</Button>;
}
