import type { ReportingPeriod } from '@giao-ban/shared';
import { Card, Empty, Flex, Grid, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PagedTable } from '@/components/paged-table';
import { PhonePager } from '@/components/phone-pager';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateRange } from '@/lib/format';
import { PERIODS_PAGE_SIZE, usePeriods } from '../api/get-periods';
import { PeriodStateTag } from './period-state-tag';

export interface PeriodsListProps {
  page: number;
  onPageChange: (page: number) => void;
}

/** Reporting periods: a table on a desktop, one card per period on a phone. */
export function PeriodsList({ page, onPageChange }: PeriodsListProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const periods = usePeriods({ page, pageSize: PERIODS_PAGE_SIZE });

  if (periods.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (periods.isError) {
    return <ErrorResult message={errorMessage(periods.error, t)} onRetry={() => void periods.refetch()} />;
  }

  const { items } = periods.data;

  if (!screens.md) {
    if (items.length === 0) return <Empty description={t('periods.list.empty')} />;
    return (
      <Flex vertical gap={12}>
        {items.map((period) => (
          <Card key={period.id} size="small">
            <Typography.Title level={2} style={{ fontSize: 16, margin: '0 0 8px' }}>
              <Link to={paths.app.period.getHref(period.id)}>{period.title}</Link>
            </Typography.Title>
            <Flex wrap gap={4} style={{ marginBottom: 8 }}>
              <Tag>{t(`periods.kind.${period.kind}`)}</Tag>
              <PeriodStateTag state={period.state} />
            </Flex>
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px', fontSize: 13 }}>
              <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{t('periods.fields.cutOff')}:</dt>
              <dd style={{ margin: 0 }}>{formatDateRange(period.cutOffFrom, period.cutOffTo)}</dd>
              <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{t('periods.fields.dueDate')}:</dt>
              <dd style={{ margin: 0 }}>{formatDate(period.dueDate)}</dd>
              <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{t('periods.fields.taskGroupCount')}:</dt>
              <dd style={{ margin: 0 }}>{period.taskGroupCount}</dd>
            </dl>
          </Card>
        ))}
        <PhonePager data={periods.data} onPageChange={onPageChange} />
      </Flex>
    );
  }

  const columns: TableColumnsType<ReportingPeriod> = [
    {
      key: 'title',
      title: t('periods.fields.title'),
      render: (_, period) => <Link to={paths.app.period.getHref(period.id)}>{period.title}</Link>,
    },
    { key: 'kind', title: t('periods.fields.kind'), width: 110, render: (_, period) => t(`periods.kind.${period.kind}`) },
    {
      key: 'cutOff',
      title: t('periods.fields.cutOff'),
      width: 220,
      render: (_, period) => formatDateRange(period.cutOffFrom, period.cutOffTo),
    },
    { key: 'dueDate', title: t('periods.fields.dueDate'), width: 170, render: (_, period) => formatDate(period.dueDate) },
    { key: 'state', title: t('periods.fields.state'), width: 120, render: (_, period) => <PeriodStateTag state={period.state} /> },
    {
      key: 'taskGroupCount',
      title: t('periods.fields.taskGroupCount'),
      width: 170,
      align: 'right',
      dataIndex: 'taskGroupCount',
    },
  ];

  return (
    <PagedTable<ReportingPeriod>
      rowKey="id"
      columns={columns}
      data={periods.data}
      loading={periods.isFetching && periods.isPlaceholderData}
      locale={{ emptyText: <Empty description={t('periods.list.empty')} /> }}
      totalLabel={(count) => t('periods.list.total', { count })}
      onPageChange={onPageChange}
    />
  );
}
