import type { BulletinContributionRow } from '@giao-ban/shared';
import { Empty, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { errorMessage } from '@/lib/error-message';
import { formatNumber } from '@/lib/format';
import { useBulletinContributions } from '../api/get-contributions';

/** Month indexes, 0 = January. */
const MONTHS: readonly number[] = Array.from({ length: 12 }, (_, index) => index);

/**
 * Items each unit sent to the bulletin, per month and per half-year ("cung cấp 46 tin, bài cho
 * Bản tin"), with the committee's totals; the office and leaders read it.
 */
export function ContributionsTable({ year, months = MONTHS }: { year: number; months?: readonly number[] }) {
  const { t } = useTranslation();
  const contributions = useBulletinContributions(year);
  if (contributions.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (contributions.isError) return <ErrorResult message={errorMessage(contributions.error, t)} onRetry={() => void contributions.refetch()} />;
  const { rows, totals } = contributions.data;
  const figure = (value: number) => (value === 0 ? <Typography.Text type="secondary">0</Typography.Text> : formatNumber(value));
  const monthColumns: TableColumnsType<BulletinContributionRow> = months.map((month) => ({
    key: `m${month + 1}`,
    title: <abbr title={t('bulletin.contributions.monthLong', { month: month + 1 })}>{t('bulletin.contributions.month', { month: month + 1 })}</abbr>,
    align: 'right' as const,
    width: 52,
    render: (_: unknown, row: BulletinContributionRow) => figure(row.months[month] ?? 0),
  }));
  const columns: TableColumnsType<BulletinContributionRow> = [
    { key: 'unit', title: t('bulletin.contributions.unit'), dataIndex: 'agencyName', fixed: 'left', width: 220 },
    ...monthColumns,
    { key: 'h1', title: t('bulletin.contributions.firstHalf'), align: 'right', width: 90, render: (_, row) => figure(row.firstHalf) },
    { key: 'h2', title: t('bulletin.contributions.secondHalf'), align: 'right', width: 90, render: (_, row) => figure(row.secondHalf) },
    { key: 'total', title: t('bulletin.contributions.total'), align: 'right', width: 80, render: (_, row) => <strong>{formatNumber(row.total)}</strong> },
  ];
  if (rows.length === 0) return <Empty description={t('bulletin.contributions.empty', { year })} />;
  return (
    <Table<BulletinContributionRow>
      rowKey="agencyId"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      caption={<Typography.Text strong>{t('bulletin.contributions.caption', { year })}</Typography.Text>}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <strong>{t('bulletin.contributions.all')}</strong>
          </Table.Summary.Cell>
          {months.map((month, index) => (
            <Table.Summary.Cell key={month} index={index + 1} align="right">
              {formatNumber(totals.months[month] ?? 0)}
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={months.length + 1} align="right">
            {formatNumber(totals.firstHalf)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={months.length + 2} align="right">
            {formatNumber(totals.secondHalf)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={months.length + 3} align="right">
            <strong>{formatNumber(totals.total)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** The contributions page's year picker and table. */
export function ContributionsScreen({ year, years, onYearChange }: { year: number; years: number[]; onYearChange: (year: number) => void }) {
  const { t } = useTranslation();
  const yearId = useId();
  return (
    <>
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor={yearId}>{t('bulletin.list.year')}</label>
        <Select<number> id={yearId} value={year} onChange={onYearChange} style={{ width: 110 }} options={years.map((value) => ({ value, label: String(value) }))} />
      </Flex>
      <ContributionsTable year={year} />
    </>
  );
}
