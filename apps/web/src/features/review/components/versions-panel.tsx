import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { VersionTimelinessTag } from '@/components/submission-term';
import { errorMessage } from '@/lib/error-message';
import { useReportVersions } from '@/lib/api/reports';
import { formatDateTime } from '@/lib/format';

/**
 * "Lịch sử phiên bản": every submission of the report, then a comparison of two of them. The
 * comparison view is the app's to give (the unit's editor has the same one): features do not
 * import each other.
 */
export function VersionsPanel({ reportId, compare }: { reportId: string; compare: ReactNode }) {
  const { t } = useTranslation();
  const versions = useReportVersions(reportId);

  if (versions.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (versions.isError) return <ErrorResult message={errorMessage(versions.error, t)} onRetry={() => void versions.refetch()} />;
  if (versions.data.length === 0) return <Typography.Text type="secondary">{t('review.versions.empty')}</Typography.Text>;

  const list = [...versions.data].sort((a, b) => b.number - a.number);
  return (
    <Flex vertical gap={16}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('review.versions.title')}>
        {list.map((version) => (
          <li key={version.number} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <Flex wrap gap={8} align="center">
              <strong>{t('review.versions.number', { number: version.number })}</strong>
              <span>{formatDateTime(version.submittedAt)}</span>
              <VersionTimelinessTag version={version} />
              <Typography.Text type="secondary">{t('review.versions.by', { name: version.submittedByName })}</Typography.Text>
            </Flex>
          </li>
        ))}
      </ol>
      <section aria-labelledby="compare-heading">
        <Typography.Title level={3} id="compare-heading" style={{ fontSize: 16 }}>
          {t('review.versions.compareTitle')}
        </Typography.Title>
        {compare}
      </section>
    </Flex>
  );
}
