import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ForbiddenResult } from '@/components/errors/error-results';
import { PageHeader } from '@/components/page-header';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { BulletinNav } from '@/features/bulletin/components/bulletin-nav';
import { ContributionsScreen } from '@/features/bulletin/components/contributions-table';
import { bulletinYear, bulletinYearChoices, currentBulletinYear } from '@/features/bulletin/utils/year';
import { canSeeAllReports } from '@/lib/authorization';

/** `/bulletin/contributions`: items sent per unit and month (the office and leaders). */
export default function BulletinContributionsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  if (!canSeeAllReports(user.role)) return <ForbiddenResult />;
  return (
    <>
      <title>{`${t('bulletin.contributions.title')} · ${t('app.name')}`}</title>
      <PageHeader title={t('bulletin.contributions.title')} description={t('bulletin.contributions.description')} />
      <BulletinNav current="contributions" role={user.role} />
      <ContributionsScreen
        year={bulletinYear(searchParams.get('year'))}
        years={bulletinYearChoices(currentBulletinYear())}
        onYearChange={(year) => setSearchParams({ year: String(year) })}
      />
    </>
  );
}
