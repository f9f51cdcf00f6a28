import type { Agency, SuccessionResult } from '@giao-ban/shared';
import { Button, Flex, message, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { parsePage } from '@/lib/search-params';
import { AGENCIES_PAGE_SIZE, useActiveMemberUnits, useAgencies } from '../api/get-agencies';
import { AgenciesList, type AgencyAction } from './agencies-list';
import { AgencyFormModal } from './agency-form-modal';
import { DeactivateAgencyModal } from './deactivate-agency-modal';
import { MergeWizard } from './merge-wizard';

const STATUSES = ['active', 'ended', 'all'] as const;
type Status = (typeof STATUSES)[number];

/**
 * "Đơn vị thành viên": the office and the administrator add and edit units, end them (split or
 * abolish) and merge them. The list's status filter and page live in the URL. `canImport`: the
 * administrator also gets the way to the import from Excel.
 */
export function AgenciesScreen({ canImport = false }: { canImport?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const status: Status = (STATUSES as readonly string[]).includes(searchParams.get('status') ?? '') ? (searchParams.get('status') as Status) : 'active';
  const page = parsePage(searchParams.get('page'));
  const agencies = useAgencies({ page, pageSize: AGENCIES_PAGE_SIZE, active: status === 'all' ? undefined : status === 'active' });
  const members = useActiveMemberUnits();
  const [toast, toastHolder] = message.useMessage();
  const [editing, setEditing] = useState<{ agency: Agency | null } | null>(null);
  const [ending, setEnding] = useState<Agency | null>(null);
  const [merging, setMerging] = useState(false);
  const activeUnits = members.data ?? [];
  const nextDisplayOrder = Math.max(0, ...activeUnits.map((u) => u.displayOrder)) + 1;

  const setQuery = (next: { status?: Status; page?: number }) => {
    const query: Record<string, string> = {};
    const nextStatus = next.status ?? status;
    if (nextStatus !== 'active') query.status = nextStatus;
    const nextPage = next.page ?? 1;
    if (nextPage > 1) query.page = String(nextPage);
    setSearchParams(query);
  };

  const onAction = (action: AgencyAction, agency: Agency) => (action === 'edit' ? setEditing({ agency }) : setEnding(agency));
  const onEnded = (result: SuccessionResult, key: 'units.done.merged' | 'units.done.deactivated') => {
    setMerging(false);
    setEnding(null);
    void toast.success(t(key, { successor: result.successor?.name ?? '', names: result.predecessors.map((a) => a.name).join(', ') }));
    if (result.successor) void navigate(paths.app.agency.getHref(result.successor.id));
  };

  let body;
  if (agencies.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (agencies.isError) body = <ErrorResult message={errorMessage(agencies.error, t)} onRetry={() => void agencies.refetch()} />;
  else {
    body = (
      <AgenciesList
        data={agencies.data}
        loading={agencies.isFetching && agencies.isPlaceholderData}
        onAction={onAction}
        onPageChange={(next) => setQuery({ page: next })}
      />
    );
  }

  return (
    <>
      {toastHolder}
      <PageHeader
        title={t('agencies.list.title')}
        description={t('units.description')}
        extra={
          <Flex wrap gap={8}>
            {canImport ? <Button onClick={() => void navigate(paths.app.directoryImport.getHref())}>{t('directoryImport.open')}</Button> : null}
            <Button onClick={() => setMerging(true)}>{t('units.merge.open')}</Button>
            <Button type="primary" onClick={() => setEditing({ agency: null })}>
              {t('units.add')}
            </Button>
          </Flex>
        }
      />
      <Segmented<Status>
        aria-label={t('units.filter.label')}
        value={status}
        onChange={(value) => setQuery({ status: value })}
        options={STATUSES.map((value) => ({ value, label: t(`units.filter.${value}`) }))}
        style={{ marginBottom: 12 }}
      />
      {body}
      <AgencyFormModal
        key={editing ? (editing.agency?.id ?? 'new') : 'closed'}
        open={editing !== null}
        agency={editing?.agency ?? null}
        nextDisplayOrder={nextDisplayOrder}
        onClose={() => setEditing(null)}
        onSaved={(saved, created) => {
          setEditing(null);
          void toast.success(t(created ? 'units.done.created' : 'units.done.updated', { name: saved.name }));
        }}
      />
      {ending ? <DeactivateAgencyModal key={ending.id} agency={ending} units={activeUnits} onClose={() => setEnding(null)} onDone={(r) => onEnded(r, 'units.done.deactivated')} /> : null}
      {merging ? <MergeWizard open units={activeUnits} onClose={() => setMerging(false)} onMerged={(r) => onEnded(r, 'units.done.merged')} /> : null}
    </>
  );
}
