import type { ReviewQueueItem } from '@giao-ban/shared';
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { formatInstant } from '@/lib/format';
import { useReviewQueue } from '../api/get-review-queue';

/** "Chờ tiếp nhận": the office's queue of submitted reports, oldest first, each a step from its review. */
export function ReviewQueueScreen() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const queue = useReviewQueue();

  if (queue.isError) return <ErrorResult message={errorMessage(queue.error, t)} onRetry={() => void queue.refetch()} />;
  const columns: TableColumnsType<ReviewQueueItem> = [
    {
      key: 'unit',
      title: t('notifications.queue.unit'),
      render: (_, r) => (
        <>
          <Link to={paths.app.reportReview.getHref(r.reportId)}>{r.agencyName}</Link>
          {r.resubmitted ? (
            <Tag color="orange" style={{ marginInlineStart: 8 }}>
              {t('notifications.queue.resubmitted')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: 'period', title: t('notifications.queue.period'), render: (_, r) => <Link to={paths.app.period.getHref(r.periodId)}>{r.periodTitle}</Link> },
    { key: 'version', title: t('notifications.queue.version'), width: 90, render: (_, r) => r.versionNumber },
    {
      key: 'submittedAt',
      title: t('notifications.queue.submittedAt'),
      width: 150,
      render: (_, r) => <time dateTime={r.lastSubmittedAt}>{formatInstant(r.lastSubmittedAt, language)}</time>,
    },
  ];
  return (
    <>
      <PageHeader title={t('notifications.queue.title')} description={t('notifications.queue.description')} />
      <Table<ReviewQueueItem>
        rowKey="reportId"
        size="small"
        columns={columns}
        dataSource={queue.data?.items ?? []}
        loading={queue.isPending}
        scroll={{ x: 640 }}
        pagination={false}
        locale={{ emptyText: t('notifications.queue.empty') }}
        footer={() => (queue.data ? <Typography.Text type="secondary">{t('notifications.queue.total', { count: queue.data.total })}</Typography.Text> : null)}
      />
    </>
  );
}
