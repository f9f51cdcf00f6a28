import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { useAuditFacets } from '../api/get-audit-facets';
import { auditExportHref, useAuditLog } from '../api/get-audit-log';
import { useAllAgencies } from '@/lib/api/agencies';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

/** "Nhật ký hệ thống": the administrator and the standing office browse the whole audit log and export it. */
export function AuditScreen() {
  const { t } = useTranslation();
  const { filters, query, update, filtered, clear } = useAuditFilters();
  const log = useAuditLog(query);
  const facets = useAuditFacets();
  const units = useAllAgencies();

  let body;
  if (log.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (log.isError) body = <ErrorResult message={errorMessage(log.error, t)} onRetry={() => void log.refetch()} />;
  else body = <AuditTable data={log.data} loading={log.isFetching && log.isPlaceholderData} onPageChange={(page) => update({ page })} />;

  return (
    <>
      <PageHeader
        title={t('auditLog.title')}
        description={t('auditLog.description')}
        extra={
          <Button type="primary" href={auditExportHref(query)} download>
            {t('auditLog.export')}
          </Button>
        }
      />
      <AuditFilters filters={filters} units={units.data ?? []} facets={facets.data} filtered={filtered} onChange={update} onClear={clear} />
      {body}
    </>
  );
}
