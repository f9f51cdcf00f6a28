import type { MyReportRow } from '@giao-ban/shared';
import { Card, Empty, Flex, Grid, Pagination, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { DeadlineText } from '@/components/deadline-standing';
import { ContentSpinner } from '@/components/full-page-spinner';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatInstant } from '@/lib/format';
import { MY_REPORTS_PAGE_SIZE, useMyReports } from '../api/get-my-reports';
import { ReportStateTag } from '@/components/report-state-tag';
import { PagedTable } from '@/components/paged-table';

export interface MyReportsListProps {
  page: number;
  onPageChange: (page: number) => void;
}

/** For a returned report: the revision due date and how many sections the office asks to revise. */
function RevisionInfo({ row }: { row: MyReportRow }) {
  const { t } = useTranslation();
  if (row.state !== 'returned') return null;
  return (
    <Flex vertical gap={0}>
      {row.revisionDueDate ? (
        <Typography.Text type="warning">{t('reports.mine.revisionDue', { date: formatDate(row.revisionDueDate) })}</Typography.Text>
      ) : null}
      {row.returnedSectionCount > 0 ? (
        <Typography.Text type="warning">{t('reports.mine.returnedSections', { count: row.returnedSectionCount })}</Typography.Text>
      ) : null}
    </Flex>
  );
}

/** A report of a unit this one succeeded (merge, split): its name as filed, read only. */
function PredecessorNote({ row }: { row: MyReportRow }) {
  const { t } = useTranslation();
  if (!row.fromPredecessor) return null;
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginBottom: 4 }}>
      {t('reports.mine.fromPredecessor', { unit: row.agencyName })}
    </Typography.Text>
  );
}

function lastSubmitted(row: MyReportRow, t: (key: 'reports.mine.notSubmitted') => string): string {
  return row.lastSubmittedAt ? formatInstant(row.lastSubmittedAt) : t('reports.mine.notSubmitted');
}

function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{label}:</dt>
      <dd style={{ margin: 0 }}>{children}</dd>
    </>
  );
}

/** The unit's reports: a table on a desktop, one card per report on a phone. */
export function MyReportsList({ page, onPageChange }: MyReportsListProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const reports = useMyReports({ page, pageSize: MY_REPORTS_PAGE_SIZE });

  if (reports.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (reports.isError) {
    return <ErrorResult message={errorMessage(reports.error, t)} onRetry={() => void reports.refetch()} />;
  }

  const { items, total, pageSize } = reports.data;
  const current = reports.data.page;

  if (!screens.md) {
    if (items.length === 0) return <Empty description={t('reports.mine.empty')} />;
    return (
      <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((row) => (
          <li key={row.reportId}>
            <Card size="small" style={row.state === 'returned' ? { borderColor: '#fa8c16' } : undefined}>
              <Typography.Title level={2} style={{ fontSize: 16, margin: '0 0 8px' }}>
                <Link to={paths.app.report.getHref(row.reportId)}>{row.periodTitle}</Link>
              </Typography.Title>
              <PredecessorNote row={row} />
              <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
                <ReportStateTag state={row.state} />
                <DeadlineText standing={row.deadline} />
              </Flex>
              <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px', fontSize: 13 }}>
                <Field label={t('reports.mine.fields.dueDate')}>{formatDate(row.effectiveDueDate)}</Field>
                <Field label={t('reports.mine.fields.lastSubmittedAt')}>{lastSubmitted(row, t)}</Field>
                <Field label={t('reports.mine.fields.version')}>{row.versionNumber > 0 ? row.versionNumber : '—'}</Field>
              </dl>
              {row.state === 'returned' ? (
                <div style={{ marginTop: 8 }}>
                  <RevisionInfo row={row} />
                </div>
              ) : null}
            </Card>
          </li>
        ))}
        {total > pageSize ? (
          <li>
            <Pagination simple align="center" current={current} pageSize={pageSize} total={total} onChange={onPageChange} />
          </li>
        ) : null}
      </Flex>
    );
  }

  const columns: TableColumnsType<MyReportRow> = [
    {
      key: 'period',
      title: t('reports.mine.fields.period'),
      width: 260,
      render: (_, row) => (
        <>
          <Link to={paths.app.report.getHref(row.reportId)}>{row.periodTitle}</Link>
          <PredecessorNote row={row} />
        </>
      ),
    },
    { key: 'dueDate', title: t('reports.mine.fields.dueDate'), width: 110, render: (_, row) => formatDate(row.effectiveDueDate) },
    {
      key: 'deadline',
      title: t('reports.mine.fields.deadline'),
      width: 150,
      render: (_, row) => <DeadlineText standing={row.deadline} />,
    },
    { key: 'state', title: t('reports.mine.fields.state'), width: 160, render: (_, row) => <ReportStateTag state={row.state} /> },
    { key: 'lastSubmittedAt', title: t('reports.mine.fields.lastSubmittedAt'), width: 150, render: (_, row) => lastSubmitted(row, t) },
    {
      key: 'version',
      title: t('reports.mine.fields.version'),
      // "Phiên bản" on one line at 1280 px.
      width: 116,
      align: 'right',
      render: (_, row) => (row.versionNumber > 0 ? row.versionNumber : '—'),
    },
    { key: 'revision', title: t('reports.mine.fields.revision'), width: 190, render: (_, row) => <RevisionInfo row={row} /> },
  ];

  return (
    <PagedTable<MyReportRow>
      rowKey="reportId"
      columns={columns}
      data={reports.data}
      loading={reports.isFetching && reports.isPlaceholderData}
      locale={{ emptyText: <Empty description={t('reports.mine.empty')} /> }}
      totalLabel={(count) => t('reports.mine.total', { count })}
      onPageChange={onPageChange}
    />
  );
}
