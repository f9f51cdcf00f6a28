import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ErrorResult, Result } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { newestReportingPeriod, useDashboardPeriods } from '../api/get-dashboard-periods';

/** `/dashboard`: the dashboard of the newest period that is open (or was), or a word that there is none yet. */
export function DashboardHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periods = useDashboardPeriods();

  if (periods.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (periods.isError) return <ErrorResult message={errorMessage(periods.error, t)} onRetry={() => void periods.refetch()} />;
  const newest = newestReportingPeriod(periods.data);
  if (newest) return <Navigate to={paths.app.periodDashboard.getHref(newest.id)} replace />;
  return (
    <>
      <title>{`${t('dashboard.title')} · ${t('app.name')}`}</title>
      <Result
        status="info"
        title={<h1 className="gb-result-title">{t('dashboard.home.noPeriod')}</h1>}
        subTitle={t('dashboard.home.noPeriodHint')}
        extra={
          <Button type="primary" onClick={() => void navigate(paths.app.periods.getHref())}>
            {t('dashboard.home.goToPeriods')}
          </Button>
        }
      />
    </>
  );
}
