import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { MyReportsList } from '@/features/reports/components/my-reports-list';
import { parsePage } from '@/lib/search-params';

export default function MyReportsRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));

  return (
    <RequireRole screen="myReports">
      <title>{`${t('reports.mine.title')} · ${t('app.name')}`}</title>
      <PageHeader title={t('reports.mine.title')} description={t('reports.mine.description')} />
      <MyReportsList page={page} onPageChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {})} />
    </RequireRole>
  );
}
