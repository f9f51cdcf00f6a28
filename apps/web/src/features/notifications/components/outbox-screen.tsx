import { MESSAGE_STATUSES, type MessageLogEntry, type MessageStatus } from '@giao-ban/shared';
import { Alert, Segmented, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { PageHeader } from '@/components/page-header';
import { PagedTable } from '@/components/paged-table';
import { errorMessage } from '@/lib/error-message';
import { formatInstant } from '@/lib/format';
import { parsePage } from '@/lib/search-params';
import { useOutbox } from '../api/get-outbox';

const STATUS_COLORS: Record<MessageStatus, string> = { outbox: 'blue', queued: 'gold', sent: 'green', failed: 'red' };

function isStatus(value: string | null): value is MessageStatus {
  return (MESSAGE_STATUSES as readonly (string | null)[]).includes(value);
}

/**
 * "Hộp thư đi": every e-mail the app wrote, newest first — kept here when no SMTP server is
 * configured (the demo), otherwise queued, sent, or failed with the server's reason. A row opens
 * to the message as it was (or would have been) sent. Status and page live in the URL.
 */
export function OutboxScreen() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const page = parsePage(params.get('page'));
  const outbox = useOutbox({ page, ...(status ? { status } : {}) });

  const setFilter = (next: { status?: MessageStatus; page?: number }) => {
    const search = new URLSearchParams();
    if (next.status) search.set('status', next.status);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  if (outbox.isError) return <ErrorResult message={errorMessage(outbox.error, t)} onRetry={() => void outbox.refetch()} />;
  const columns: TableColumnsType<MessageLogEntry> = [
    {
      key: 'time',
      title: t('notifications.outbox.time'),
      width: 130,
      fixed: 'left',
      render: (_, m) => <time dateTime={m.createdAt}>{formatInstant(m.createdAt, language)}</time>,
    },
    {
      key: 'recipient',
      title: t('notifications.outbox.recipient'),
      width: 230,
      render: (_, m) => (
        <>
          <div>{m.recipientName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {m.address}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'subject',
      title: t('notifications.outbox.subject'),
      render: (_, m) => (
        <>
          <div style={{ whiteSpace: 'normal' }}>{m.subject}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[m.agencyName, m.periodTitle].filter(Boolean).join(' · ')}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'status',
      title: t('notifications.outbox.status'),
      width: 190,
      render: (_, m) => (
        <>
          <Tag color={STATUS_COLORS[m.status]}>{t(`notifications.outbox.statuses.${m.status}`)}</Tag>
          {m.sentAt ? (
            <div style={{ fontSize: 12 }}>
              <time dateTime={m.sentAt}>{formatInstant(m.sentAt, language)}</time>
            </div>
          ) : null}
          {m.attempts > 0 ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('notifications.outbox.attempts', { count: m.attempts })}
            </Typography.Text>
          ) : null}
          {m.lastError ? (
            <Typography.Text type="danger" style={{ display: 'block', fontSize: 12, whiteSpace: 'normal' }}>
              {m.lastError}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
  ];
  const data = outbox.data;
  return (
    <>
      <PageHeader title={t('notifications.outbox.title')} description={t('notifications.outbox.description')} />
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<MessageStatus | 'all'>
          value={status ?? 'all'}
          onChange={(value) => setFilter({ status: value === 'all' ? undefined : value })}
          options={[
            { value: 'all', label: t('notifications.outbox.all') },
            ...MESSAGE_STATUSES.map((s) => ({ value: s, label: t(`notifications.outbox.statuses.${s}`) })),
          ]}
        />
      </div>
      {status === 'outbox' || (!status && data?.items.some((m) => m.status === 'outbox')) ? (
        <Alert type="info" showIcon title={t('notifications.outbox.noSmtp')} style={{ marginBottom: 12 }} />
      ) : null}
      <PagedTable<MessageLogEntry>
        rowKey="id"
        size="small"
        columns={columns}
        data={data}
        loading={outbox.isFetching}
        scroll={{ x: 880 }}
        locale={{ emptyText: t('notifications.outbox.empty') }}
        expandable={{
          expandedRowRender: (m) => (
            <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: 0, fontFamily: 'inherit' }} data-testid="outbox-body">
              {m.body}
            </pre>
          ),
          rowExpandable: (m) => Boolean(m.body),
        }}
        totalLabel={(count) => t('notifications.outbox.total', { count })}
        hideOnSinglePage={false}
        onPageChange={(next) => setFilter({ status, page: next })}
      />
    </>
  );
}
