import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { AgenciesList } from '@/features/agencies/components/agencies-list';
import { RequireRole } from '@/features/auth/components/require-role';
import { parsePage } from '@/lib/search-params';

export default function AgenciesRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));

  return (
    <RequireRole screen="agencies">
      <title>{`${t('agencies.list.title')} · ${t('app.name')}`}</title>
      <PageHeader title={t('agencies.list.title')} description={t('agencies.list.description')} />
      <AgenciesList page={page} onPageChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {})} />
    </RequireRole>
  );
}
