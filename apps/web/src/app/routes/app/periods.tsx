import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PeriodsList } from '@/features/periods/components/periods-list';
import { parsePage } from '@/lib/search-params';

export default function PeriodsRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));

  return (
    <>
      <title>{`${t('periods.list.title')} · ${t('app.name')}`}</title>
      <PageHeader title={t('periods.list.title')} description={t('periods.list.description')} />
      <PeriodsList page={page} onPageChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {})} />
    </>
  );
}
