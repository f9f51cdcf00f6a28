import { taskGroupLabel, type Indicator, type TaskGroup } from '@giao-ban/shared';
import { Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';

function IndicatorTable({ indicators }: { indicators: Indicator[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : currentLanguage();
  const rows = [...indicators].sort((a, b) => a.ordinal - b.ordinal);
  const columns: TableColumnsType<Indicator> = [
    { key: 'name', title: t('periods.taskGroups.indicator'), dataIndex: 'name' },
    { key: 'unit', title: t('periods.taskGroups.unit'), dataIndex: 'unit', width: 120 },
    {
      key: 'target',
      title: t('periods.taskGroups.target'),
      width: 100,
      align: 'right',
      render: (_, indicator) =>
        indicator.target === null ? t('periods.taskGroups.noTarget') : formatNumber(indicator.target, language),
    },
  ];
  return (
    <Table<Indicator>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      aria-label={t('periods.taskGroups.indicators')}
    />
  );
}

/** The period's task groups in ordinal order: "(n) title", guidance, indicators. */
export function TaskGroupList({ taskGroups }: { taskGroups: TaskGroup[] }) {
  const { t } = useTranslation();
  if (taskGroups.length === 0) return <Empty description={t('periods.taskGroups.empty')} />;

  return (
    <Flex vertical gap={12} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {taskGroups.map((group) => (
        <li key={group.id}>
          <Card size="small">
            <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
              {taskGroupLabel(group.ordinal, group.title)}
            </Typography.Title>
            {group.guidance ? (
              <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', margin: '8px 0 0' }}>
                {group.guidance}
              </Typography.Paragraph>
            ) : null}
            {group.indicators.length > 0 ? (
              <div style={{ marginTop: 12 }}>
                <IndicatorTable indicators={group.indicators} />
              </div>
            ) : null}
          </Card>
        </li>
      ))}
    </Flex>
  );
}
