import type { Agency, Page } from '@giao-ban/shared';
import { Button, Empty, Flex, Grid, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTable } from '@/components/paged-table';
import { PhonePager } from '@/components/phone-pager';
import { paths } from '@/config/paths';

export type AgencyAction = 'edit' | 'deactivate';

export interface AgenciesListProps {
  data: Page<Agency>;
  loading: boolean;
  onAction: (action: AgencyAction, agency: Agency) => void;
  onPageChange: (page: number) => void;
}

export function AgencyStateTags({ agency }: { agency: Agency }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {agency.active ? <Tag color="green">{t('agencies.active')}</Tag> : <Tag>{t('agencies.inactive')}</Tag>}
      {agency.isStandingOffice ? <Tag color="red">{t('agencies.standingOffice')}</Tag> : null}
    </Flex>
  );
}

const hasContact = (agency: Agency) => Boolean(agency.contactPerson || agency.email || agency.phone);

function Contact({ agency }: { agency: Agency }) {
  if (!hasContact(agency)) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div style={{ fontSize: 13, lineHeight: 1.5 }}>
      {agency.contactPerson ? <div>{agency.contactPerson}</div> : null}
      {agency.email ? <div>{agency.email}</div> : null}
      {agency.phone ? <div>{agency.phone}</div> : null}
    </div>
  );
}

function Actions({ agency, onAction }: { agency: Agency; onAction: AgenciesListProps['onAction'] }) {
  const { t } = useTranslation();
  const label = (action: string) => `${action}: ${agency.name}`;
  return (
    <Flex wrap gap={4}>
      <Button size="small" aria-label={label(t('units.actions.edit'))} onClick={() => onAction('edit', agency)}>
        {t('units.actions.edit')}
      </Button>
      {agency.active && !agency.isStandingOffice ? (
        <Button size="small" danger aria-label={label(t('units.actions.deactivate'))} onClick={() => onAction('deactivate', agency)}>
          {t('units.actions.deactivate')}
        </Button>
      ) : null}
    </Flex>
  );
}

/** The units in display order: a table on a desktop, one card per unit on a phone. */
export function AgenciesList({ data, loading, onAction, onPageChange }: AgenciesListProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { items } = data;
  const name = (agency: Agency) => (
    <div>
      <Link to={paths.app.agency.getHref(agency.id)} style={{ fontWeight: 500 }}>
        {agency.name}
      </Link>
      {agency.shortName && agency.shortName !== agency.name ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {' '}
          ({agency.shortName})
        </Typography.Text>
      ) : null}
    </div>
  );

  if (!screens.md) {
    if (items.length === 0) return <Empty description={t('agencies.list.empty')} />;
    return (
      <Flex vertical gap={8}>
        <Flex vertical component="ol" style={{ listStyle: 'none', margin: 0, padding: 0, background: '#fff', borderRadius: 8 }}>
          {items.map((agency, index) => (
            <li key={agency.id} style={{ padding: '10px 12px', borderTop: index === 0 ? undefined : '1px solid #f0f0f0' }}>
              <Flex gap={8} align="baseline">
                <Typography.Text type="secondary" style={{ flex: 'none' }}>
                  {agency.displayOrder}.
                </Typography.Text>
                {name(agency)}
              </Flex>
              <Flex wrap gap={4} style={{ margin: '4px 0' }}>
                <Tag>{t(`agencies.kind.${agency.kind}`)}</Tag>
                <AgencyStateTags agency={agency} />
              </Flex>
              {hasContact(agency) ? <Contact agency={agency} /> : null}
              <div style={{ marginTop: 6 }}>
                <Actions agency={agency} onAction={onAction} />
              </div>
            </li>
          ))}
        </Flex>
        <PhonePager data={data} onPageChange={onPageChange} />
      </Flex>
    );
  }

  const columns: TableColumnsType<Agency> = [
    { key: 'displayOrder', title: t('agencies.fields.displayOrder'), dataIndex: 'displayOrder', width: 64, align: 'right' },
    { key: 'name', title: t('agencies.fields.name'), render: (_, agency) => name(agency) },
    { key: 'kind', title: t('agencies.fields.kind'), width: 190, render: (_, agency) => t(`agencies.kind.${agency.kind}`) },
    { key: 'contact', title: t('units.fields.contact'), width: 220, render: (_, agency) => <Contact agency={agency} /> },
    { key: 'active', title: t('agencies.fields.active'), width: 150, render: (_, agency) => <AgencyStateTags agency={agency} /> },
    { key: 'actions', title: t('units.fields.actions'), width: 200, render: (_, agency) => <Actions agency={agency} onAction={onAction} /> },
  ];

  return (
    <PagedTable<Agency>
      rowKey="id"
      size="middle"
      columns={columns}
      data={data}
      loading={loading}
      locale={{ emptyText: <Empty description={t('agencies.list.empty')} /> }}
      totalLabel={(count) => t('agencies.list.total', { count })}
      onPageChange={onPageChange}
    />
  );
}
