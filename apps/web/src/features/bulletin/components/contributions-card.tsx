import { Collapse, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentSpinner } from '@/components/full-page-spinner';
import { paths } from '@/config/paths';
import { getRecentPeriodsQueryOptions } from '@/lib/api/periods';
import { currentBulletinYear, monthsOfPeriod } from '../utils/year';
import { ContributionsTable } from './contributions-table';

/** The months of the period shown on the dashboard (from the periods list the dashboard's switcher caches). */
function PeriodContributions({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const periods = useQuery(getRecentPeriodsQueryOptions());
  if (periods.isPending) return <ContentSpinner label={t('common.loading')} />;
  const period = periods.data?.find((candidate) => candidate.id === periodId);
  const { year, months } = period ? monthsOfPeriod(period.cutOffFrom, period.cutOffTo) : { year: currentBulletinYear(), months: undefined };
  return (
    <>
      <ContributionsTable year={year} months={months} />
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
        <Link to={paths.app.bulletinContributions.getHref(year)}>{t('bulletin.contributions.wholeYear', { year })}</Link>
      </Typography.Paragraph>
    </>
  );
}

/**
 * The bulletin's line on a period's dashboard (office, leaders): items each unit sent per month of
 * the period. Folded until opened, so the dashboard's own figures (polled every 5 s) ask for nothing more.
 * Not part of the printed sheet for the briefing meeting: the dashboard's print stylesheet hides it.
 */
export function ContributionsCard({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  return (
    <Collapse
      className="gb-no-print"
      style={{ marginTop: 16 }}
      items={[{ key: 'bulletin', label: t('bulletin.contributions.card'), children: <PeriodContributions periodId={periodId} /> }]}
    />
  );
}
