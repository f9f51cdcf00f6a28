import { Button, Card, Pagination, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { parsePage } from '@/lib/search-params';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-read';
import { NotificationList } from './notification-list';

/** "Thông báo": every notification of the signed-in person, newest first, a page at a time (`?page=`). */
export function NotificationsScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = parsePage(params.get('page'));
  const list = useNotifications(page);
  const markAll = useMarkAllNotificationsRead();

  if (list.isError) return <ErrorResult message={errorMessage(list.error, t)} onRetry={() => void list.refetch()} />;
  const data = list.data;
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        extra={
          <Button disabled={!data || data.unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {data ? (
          <Typography.Text type="secondary" style={{ display: 'block', padding: '12px 16px 0' }}>
            {t('notifications.summary', { count: data.total, unread: data.unread })}
          </Typography.Text>
        ) : null}
        <NotificationList items={data?.items ?? []} loading={list.isPending} />
      </Card>
      {data && data.total > data.pageSize ? (
        <Pagination
          style={{ marginTop: 16, textAlign: 'center' }}
          current={data.page}
          pageSize={data.pageSize}
          total={data.total}
          showSizeChanger={false}
          onChange={(next) => setParams(next > 1 ? { page: String(next) } : {})}
        />
      ) : null}
    </>
  );
}

