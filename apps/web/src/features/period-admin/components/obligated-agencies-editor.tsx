import { Card, Checkbox, Flex, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { errorMessage } from '@/lib/error-message';
import { useMemberAgencies } from '../api/get-member-agencies';
import { usePeriodAgencies } from '../api/get-period-agencies';
import { useSetPeriodAgencies } from '../api/set-period-agencies';
import { DraftEditorSection, SaveChangesBar } from './draft-editor-parts';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/**
 * "Đơn vị phải báo cáo": while the period is a draft, the office ticks the active member units
 * that must report (the standing office itself compiles and is not among them) and saves the list.
 */
export function ObligatedAgenciesEditor({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const [toast, toastHolder] = message.useMessage();
  const agencies = useMemberAgencies();
  const saved = usePeriodAgencies(periodId);
  const save = useSetPeriodAgencies(periodId);
  // null: nothing changed yet, the saved list shows
  const [selection, setSelection] = useState<string[] | null>(null);

  let body;
  if (agencies.isPending || saved.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (agencies.isError || saved.isError) {
    const error = agencies.error ?? saved.error;
    body = (
      <ErrorResult
        message={errorMessage(error, t)}
        onRetry={() => {
          void agencies.refetch();
          void saved.refetch();
        }}
      />
    );
  } else {
    const members = agencies.data;
    const memberIds = members.map((agency) => agency.id);
    const savedIds = saved.data.agencyIds;
    const chosen = selection ?? savedIds.filter((id) => memberIds.includes(id));
    const dirty = !sameSet(chosen, savedIds);
    const allChosen = members.length > 0 && chosen.length === members.length;

    const onSave = () =>
      save.mutate(chosen, {
        onSuccess: () => {
          setSelection(null);
          void toast.success(t('periodAdmin.units.saved'));
        },
        onError: (error) => void toast.error(errorMessage(error, t)),
      });

    body = (
      <Card size="small">
        <Flex wrap justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
          <Checkbox
            checked={allChosen}
            indeterminate={chosen.length > 0 && !allChosen}
            onChange={(event) => setSelection(event.target.checked ? memberIds : [])}
          >
            {t('periodAdmin.units.selectAll')}
          </Checkbox>
          <Typography.Text type="secondary" aria-live="polite">
            {t('periodAdmin.units.chosen', { count: chosen.length, total: members.length })}
          </Typography.Text>
        </Flex>
        <Checkbox.Group
          value={chosen}
          onChange={(values) => setSelection(values as string[])}
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: '6px 16px' }}
          options={members.map((agency) => ({ value: agency.id, label: agency.name }))}
          aria-label={t('periodAdmin.units.title')}
        />
        <SaveChangesBar label={t('periodAdmin.units.save')} dirty={dirty} pending={save.isPending} onSave={onSave} onUndo={() => setSelection(null)} />
      </Card>
    );
  }

  return (
    <DraftEditorSection id="obligated-units-heading" title={t('periodAdmin.units.title')}>
      {toastHolder}
      {body}
    </DraftEditorSection>
  );
}
