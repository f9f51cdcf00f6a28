import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { VersionCompare } from '@/features/reports/components/version-compare';
import { canReadReports } from '@/lib/authorization';

function versionParam(value: string | null): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

export default function ReportCompareRoute() {
  const { t } = useTranslation();
  const { reportId } = useParams<'reportId'>();
  const [searchParams, setSearchParams] = useSearchParams();
  const user = useCurrentUser();
  if (!reportId) return <NotFoundResult />;
  if (!canReadReports(user.role)) return <ForbiddenResult />;

  return (
    <>
      <title>{`${t('reports.versions.compareTitle')} · ${t('app.name')}`}</title>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'report', title: <Link to={paths.app.report.getHref(reportId)}>{t('reports.versions.backToReport')}</Link> },
          { key: 'compare', title: t('reports.versions.compareTitle') },
        ]}
      />
      <PageHeader title={t('reports.versions.compareTitle')} />
      <VersionCompare
        reportId={reportId}
        from={versionParam(searchParams.get('from'))}
        to={versionParam(searchParams.get('to'))}
        onChange={({ from, to }) => setSearchParams({ from: String(from), to: String(to) }, { replace: true })}
      />
    </>
  );
}
