import { Button, Drawer, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { VersionTimelinessTag } from '@/components/submission-term';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { formatInstant } from '@/lib/format';
import { useReportVersions } from '@/lib/api/reports';

function VersionList({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const versions = useReportVersions(reportId);
  if (versions.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (versions.isError) return <ErrorResult message={errorMessage(versions.error, t)} onRetry={() => void versions.refetch()} />;
  if (versions.data.length === 0) return <Empty description={t('reports.versions.empty')} />;

  const newestFirst = [...versions.data].reverse();
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      {newestFirst.map((version, index) => {
        const previous = newestFirst[index + 1];
        return (
          <li key={version.number} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 12 }}>
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{t('reports.versions.number', { number: version.number })}</Typography.Text>
              <VersionTimelinessTag version={version} />
            </Flex>
            <div>
              <Typography.Text type="secondary">{t('reports.versions.submittedAt', { time: formatInstant(version.submittedAt) })}</Typography.Text>
            </div>
            <div>
              <Typography.Text type="secondary">{t('reports.versions.submittedBy', { name: version.submittedByName })}</Typography.Text>
            </div>
            {previous ? (
              <Link to={paths.app.reportCompare.getHref(reportId, previous.number, version.number)}>
                {t('reports.versions.comparePrevious', { number: previous.number })}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** "Lịch sử phiên bản": the numbered submissions in a drawer, each linked to a comparison with the one before. */
export function VersionHistoryButton({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('reports.actions.history')}</Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('reports.versions.title')} size={360} destroyOnHidden>
        {open ? <VersionList reportId={reportId} /> : null}
      </Drawer>
    </>
  );
}
