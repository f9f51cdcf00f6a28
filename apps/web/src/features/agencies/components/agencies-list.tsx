import type { Agency } from '@giao-ban/shared';
import { Empty, Flex, Grid, Pagination, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { errorMessage } from '@/lib/error-message';
import { AGENCIES_PAGE_SIZE, useAgencies } from '../api/get-agencies';

export interface AgenciesListProps {
  page: number;
  onPageChange: (page: number) => void;
}

export function AgenciesList({ page, onPageChange }: AgenciesListProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const agencies = useAgencies({ page, pageSize: AGENCIES_PAGE_SIZE });

  if (agencies.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (agencies.isError) {
    return <ErrorResult message={errorMessage(agencies.error, t)} onRetry={() => void agencies.refetch()} />;
  }

  const kindTag = (agency: Agency) => <Tag>{t(`agencies.kind.${agency.kind}`)}</Tag>;
  const activeTag = (agency: Agency) =>
    agency.active ? <Tag color="green">{t('agencies.active')}</Tag> : <Tag>{t('agencies.inactive')}</Tag>;

  const columns: TableColumnsType<Agency> = [
    { key: 'displayOrder', title: t('agencies.fields.displayOrder'), dataIndex: 'displayOrder', width: 64, align: 'right' },
    {
      key: 'name',
      title: t('agencies.fields.name'),
      render: (_, agency) => (
        <Flex wrap gap={6} align="center">
          <span>{agency.name}</span>
          {agency.isStandingOffice ? <Tag color="red">{t('agencies.standingOffice')}</Tag> : null}
        </Flex>
      ),
    },
    { key: 'shortName', title: t('agencies.fields.shortName'), dataIndex: 'shortName', width: 160 },
    { key: 'kind', title: t('agencies.fields.kind'), width: 200, render: (_, agency) => t(`agencies.kind.${agency.kind}`) },
    {
      key: 'active',
      title: t('agencies.fields.active'),
      width: 150,
      render: (_, agency) => activeTag(agency),
    },
  ];

  const { items, total, pageSize } = agencies.data;

  if (!screens.md) {
    if (items.length === 0) return <Empty description={t('agencies.list.empty')} />;
    return (
      <Flex vertical gap={8}>
        <Flex vertical component="ol" style={{ listStyle: 'none', margin: 0, padding: 0, background: '#fff', borderRadius: 8 }}>
          {items.map((agency, index) => (
            <li
              key={agency.id}
              style={{ padding: '10px 12px', borderTop: index === 0 ? undefined : '1px solid #f0f0f0' }}
            >
              <div style={{ fontWeight: 500 }}>
                {`${agency.displayOrder}. ${agency.name}`}
                {agency.shortName && agency.shortName !== agency.name ? (
                  <span style={{ color: 'rgba(0,0,0,0.5)', fontWeight: 400 }}> ({agency.shortName})</span>
                ) : null}
              </div>
              <Flex wrap gap={4} style={{ marginTop: 4 }}>
                {kindTag(agency)}
                {activeTag(agency)}
                {agency.isStandingOffice ? <Tag color="red">{t('agencies.standingOffice')}</Tag> : null}
              </Flex>
            </li>
          ))}
        </Flex>
        {total > pageSize ? (
          <Pagination simple align="center" current={agencies.data.page} pageSize={pageSize} total={total} onChange={onPageChange} />
        ) : null}
      </Flex>
    );
  }

  return (
    <Table<Agency>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={agencies.isFetching && agencies.isPlaceholderData}
      locale={{ emptyText: <Empty description={t('agencies.list.empty')} /> }}
      pagination={{
        current: agencies.data.page,
        pageSize,
        total,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (count) => t('agencies.list.total', { count }),
        onChange: onPageChange,
      }}
    />
  );
}
