import { toLocalDate, type AgencySuccession } from '@giao-ban/shared';
import { Breadcrumb, Button, Card, Descriptions, Empty, Flex, Grid, message, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorResult, NotFoundResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useActiveMemberUnits } from '../api/get-agencies';
import { useAgencyHistory } from '../api/get-agency-history';
import { AgencyStateTags } from './agencies-list';
import { AgencyFormModal } from './agency-form-modal';
import { DeactivateAgencyModal } from './deactivate-agency-modal';

type NameRow = { name: string; shortName: string; validFrom: string; changedByName: string | null };

const dateOf = (iso: string) => formatDate(toLocalDate(new Date(iso)));

/** "Hồ sơ đơn vị": the unit's details, the names it carried and the units it continues or ended into. */
export function AgencyPage({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const history = useAgencyHistory(agencyId);
  const members = useActiveMemberUnits();
  const [toast, toastHolder] = message.useMessage();
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState(false);

  if (history.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (history.isError) {
    if (hasStatus(history.error, 404)) {
      return <NotFoundResult title={t('units.page.notFound')} backTo={paths.app.agencies.getHref()} backLabel={t('units.page.backToList')} />;
    }
    return <ErrorResult message={errorMessage(history.error, t)} onRetry={() => void history.refetch()} />;
  }

  const { agency, names, predecessors, successors, activeUserCount } = history.data;
  const unitLink = (unit: { id: string; name: string }) => <Link to={paths.app.agency.getHref(unit.id)}>{unit.name}</Link>;
  const succession = (s: AgencySuccession, side: 'predecessor' | 'successor') => (
    <li key={`${s.predecessor.id}-${side}`}>
      {side === 'predecessor' ? (
        <>
          {unitLink(s.predecessor)} — {t(`units.kind.${s.kind}`)}, {t('units.page.from', { date: formatDate(s.effectiveOn) })}
        </>
      ) : s.successor ? (
        <>
          {t(s.kind === 'merge' ? 'units.page.endedInto.merge' : 'units.page.endedInto.split', { date: formatDate(s.effectiveOn) })} {unitLink(s.successor)}
        </>
      ) : (
        t('units.page.abolished', { date: formatDate(s.effectiveOn) })
      )}
      {s.note ? <Typography.Text type="secondary"> ({s.note})</Typography.Text> : null}
      {s.decidedByName ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {t('units.page.decidedBy', { name: s.decidedByName, date: dateOf(s.decidedAt) })}
        </Typography.Text>
      ) : null}
    </li>
  );

  const nameColumns: TableColumnsType<NameRow> = [
    { key: 'from', title: t('units.page.validFrom'), width: 120, render: (_, row) => dateOf(row.validFrom) },
    { key: 'name', title: t('units.fields.name'), dataIndex: 'name' },
    { key: 'shortName', title: t('units.fields.shortName'), dataIndex: 'shortName', width: 180 },
    { key: 'by', title: t('units.page.changedBy'), width: 220, render: (_, row) => row.changedByName ?? '—' },
  ];

  return (
    <>
      {toastHolder}
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={paths.app.agencies.getHref()}>{t('agencies.list.title')}</Link> }, { title: agency.shortName }]} />
      <PageHeader
        title={agency.name}
        description={t(`agencies.kind.${agency.kind}`)}
        extra={
          <Flex wrap gap={8}>
            <Button onClick={() => setEditing(true)}>{t('units.actions.edit')}</Button>
            {agency.active && !agency.isStandingOffice ? (
              <Button danger onClick={() => setEnding(true)}>
                {t('units.actions.deactivate')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={t('units.page.details')}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: 'code', label: t('units.fields.code'), children: agency.code },
              { key: 'shortName', label: t('units.fields.shortName'), children: agency.shortName },
              { key: 'displayOrder', label: t('units.fields.displayOrder'), children: agency.displayOrder },
              { key: 'state', label: t('agencies.fields.active'), children: <AgencyStateTags agency={agency} /> },
              { key: 'contactPerson', label: t('units.fields.contactPerson'), children: agency.contactPerson ?? '—' },
              { key: 'email', label: t('units.fields.email'), children: agency.email ?? '—' },
              { key: 'phone', label: t('units.fields.phone'), children: agency.phone ?? '—' },
              { key: 'users', label: t('units.page.activeUsers'), children: activeUserCount },
            ]}
          />
        </Card>
        <Card size="small" title={t('units.page.names')}>
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('units.page.namesHint')}
          </Typography.Paragraph>
          {screens.md ? (
            <Table<NameRow> rowKey={(row) => `${row.validFrom}-${row.name}`} size="small" columns={nameColumns} dataSource={names} pagination={false} />
          ) : (
            <ol style={{ margin: 0, paddingInlineStart: 20 }}>
              {names.map((row) => (
                <li key={`${row.validFrom}-${row.name}`} style={{ marginBottom: 6 }}>
                  <div>
                    {row.name} <Typography.Text type="secondary">({row.shortName})</Typography.Text>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('units.page.nameSince', { date: dateOf(row.validFrom), name: row.changedByName ?? '—' })}
                  </Typography.Text>
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card size="small" title={t('units.page.successions')}>
          {predecessors.length === 0 && successors.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.page.noSuccessions')} />
          ) : (
            <Flex vertical gap={12}>
              {predecessors.length > 0 ? (
                <section aria-label={t('units.page.continues')}>
                  <Typography.Text strong>{t('units.page.continues')}</Typography.Text>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>{predecessors.map((s) => succession(s, 'predecessor'))}</ul>
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    {t('units.page.continuesHint')}
                  </Typography.Paragraph>
                </section>
              ) : null}
              {successors.length > 0 ? (
                <section aria-label={t('units.page.ended')}>
                  <Flex gap={8} align="center">
                    <Typography.Text strong>{t('units.page.ended')}</Typography.Text>
                    <Tag>{t('agencies.inactive')}</Tag>
                  </Flex>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>{successors.map((s) => succession(s, 'successor'))}</ul>
                </section>
              ) : null}
            </Flex>
          )}
        </Card>
      </Flex>
      <AgencyFormModal
        key={editing ? 'open' : 'closed'}
        open={editing}
        agency={agency}
        nextDisplayOrder={agency.displayOrder}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          void toast.success(t('units.done.updated', { name: saved.name }));
        }}
      />
      {ending ? (
        <DeactivateAgencyModal
          agency={agency}
          units={members.data ?? []}
          onClose={() => setEnding(false)}
          onDone={(result) => {
            setEnding(false);
            void toast.success(t('units.done.deactivated', { names: agency.name, successor: result.successor?.name ?? '' }));
            if (result.successor) void navigate(paths.app.agency.getHref(result.successor.id));
          }}
        />
      ) : null}
    </>
  );
}
