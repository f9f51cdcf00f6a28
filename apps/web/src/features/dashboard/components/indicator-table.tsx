import type { IndicatorTotal, TaskGroupCompletion } from '@giao-ban/shared';
import { Progress, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../hooks/use-number-format';
import { fullTaskGroupTitle } from './task-group-name';

/**
 * "Chỉ tiêu so với mục tiêu": every indicator's total over the reporting units against its target,
 * under the short name of its task group (the full title on hover).
 */
export function IndicatorTable({ indicators, taskGroups }: { indicators: IndicatorTotal[]; taskGroups: TaskGroupCompletion[] }) {
  const { t } = useTranslation();
  const { percent, count } = useNumberFormat();
  const groupByOrdinal = new Map(taskGroups.map((group) => [group.ordinal, group]));

  const columns: TableColumnsType<IndicatorTotal> = [
    {
      key: 'name',
      title: t('dashboard.indicators.columns.name'),
      width: 240,
      render: (_, row) => {
        const group = groupByOrdinal.get(row.taskGroupOrdinal);
        return (
          <>
            <div>{row.name}</div>
            <div className="gb-muted gb-small" title={group ? fullTaskGroupTitle(group) : undefined}>
              {t('dashboard.indicators.group', { ordinal: row.taskGroupOrdinal, name: group?.shortName ?? '' }).trim()}
              {row.aggregation === 'max' ? ` · ${t('dashboard.indicators.max')}` : ''}
            </div>
          </>
        );
      },
    },
    { key: 'unit', title: t('dashboard.indicators.columns.unit'), width: 110, render: (_, row) => row.unit },
    { key: 'total', title: t('dashboard.indicators.columns.total'), width: 100, align: 'right', render: (_, row) => count(row.total) },
    {
      key: 'target',
      title: t('dashboard.indicators.columns.target'),
      width: 100,
      align: 'right',
      render: (_, row) => (row.target === null ? '—' : count(row.target)),
    },
    {
      key: 'progress',
      title: t('dashboard.indicators.columns.progress'),
      width: 190,
      render: (_, row) =>
        row.ratioToTarget === null ? (
          <span className="gb-muted">{t('dashboard.indicators.noTarget')}</span>
        ) : (
          <Progress
            className="gb-progress"
            percent={Math.min(100, row.ratioToTarget * 100)}
            status={row.ratioToTarget >= 1 ? 'success' : 'normal'}
            format={() => percent(row.ratioToTarget)}
            aria-label={t('dashboard.indicators.progressLabel', { name: row.name, rate: percent(row.ratioToTarget) })}
            size="small"
          />
        ),
    },
    {
      key: 'reportingUnits',
      title: t('dashboard.indicators.columns.reportingUnits'),
      width: 110,
      align: 'right',
      render: (_, row) => row.reportingUnits,
    },
  ];

  return (
    <Table<IndicatorTotal>
      className="gb-print-table"
      rowKey="indicatorId"
      size="small"
      columns={columns}
      dataSource={indicators}
      pagination={false}
      scroll={{ x: 850 }}
      locale={{ emptyText: t('dashboard.indicators.empty') }}
    />
  );
}
