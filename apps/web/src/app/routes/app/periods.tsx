import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { PeriodsList } from '@/features/periods/components/periods-list';
import { canManagePeriods } from '@/lib/authorization';
import { parsePage } from '@/lib/search-params';

export default function PeriodsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));

  return (
    <>
      <title>{`${t('periods.list.title')} · ${t('app.name')}`}</title>
      <PageHeader
        title={t('periods.list.title')}
        description={t('periods.list.description')}
        extra={
          canManagePeriods(user.role) ? (
            <Button type="primary" onClick={() => void navigate(paths.app.periodNew.getHref())}>
              {t('periodAdmin.create.open')}
            </Button>
          ) : null
        }
      />
      <PeriodsList page={page} onPageChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {})} />
    </>
  );
}
