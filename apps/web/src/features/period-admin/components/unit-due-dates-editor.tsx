import type { LocalDate, ReportingPeriod, UnitDueDate } from '@giao-ban/shared';
import { Card, DatePicker, Flex, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { ListAlert } from '@/components/list-alert';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useMemberAgencies } from '../api/get-member-agencies';
import { usePeriodAgencies } from '../api/get-period-agencies';
import { useUnitDueDates } from '../api/get-unit-due-dates';
import { useSetUnitDueDates } from '../api/set-unit-due-dates';
import { DATE_FORMAT, fromPickerValue, toPickerValue } from '../utils/period-form';
import { DraftEditorSection, SaveChangesBar } from './draft-editor-parts';

/** A date the office chose that the server moved to the next working day. */
interface RolledOver {
  agencyId: string;
  requested: LocalDate;
  dueDate: LocalDate;
}

/**
 * "Hạn riêng của đơn vị": while the period is a draft, the office may give a unit that reports
 * under its own regulation an earlier or later due date than the period's. A date on a weekend or
 * a holiday is moved to the next working day by the server (when the period says so), and the
 * editor says which dates were moved.
 */
export function UnitDueDatesEditor({ period }: { period: ReportingPeriod }) {
  const { t } = useTranslation();
  const [toast, toastHolder] = message.useMessage();
  const agencies = useMemberAgencies();
  const units = usePeriodAgencies(period.id);
  const saved = useUnitDueDates(period.id);
  const save = useSetUnitDueDates(period.id);
  // null: nothing changed yet, the saved dates show
  const [edits, setEdits] = useState<Record<string, LocalDate | null> | null>(null);
  const [rolledOver, setRolledOver] = useState<RolledOver[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  let body;
  if (agencies.isPending || units.isPending || saved.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (agencies.isError || units.isError || saved.isError) {
    const error = agencies.error ?? units.error ?? saved.error;
    body = <ErrorResult message={errorMessage(error, t)} onRetry={() => void Promise.all([agencies.refetch(), units.refetch(), saved.refetch()])} />;
  } else {
    const nameOf = new Map(agencies.data.map((agency) => [agency.id, agency.name]));
    const chosen = units.data.agencyIds.filter((id) => nameOf.has(id));
    const savedDates: Record<string, LocalDate> = Object.fromEntries(saved.data.unitDueDates.map((d) => [d.agencyId, d.dueDate]));
    const dateOf = (agencyId: string): LocalDate | null => (edits && agencyId in edits ? edits[agencyId]! : (savedDates[agencyId] ?? null));
    const dirty = chosen.some((id) => dateOf(id) !== (savedDates[id] ?? null));

    const onSave = () => {
      const requested: UnitDueDate[] = chosen.flatMap((agencyId) => {
        const dueDate = dateOf(agencyId);
        return dueDate ? [{ agencyId, dueDate }] : [];
      });
      setFieldErrors({});
      save.mutate(requested, {
        onSuccess: (answer) => {
          const stored = new Map(answer.unitDueDates.map((d) => [d.agencyId, d.dueDate]));
          setRolledOver(
            requested
              .filter((r) => stored.has(r.agencyId) && stored.get(r.agencyId) !== r.dueDate)
              .map((r) => ({ agencyId: r.agencyId, requested: r.dueDate, dueDate: stored.get(r.agencyId)! })),
          );
          setEdits(null);
          void toast.success(t('periodAdmin.unitDueDates.saved'));
        },
        onError: (error) => {
          const onDates = isApiError(error) && error.status === 422 ? error.fieldErrors.filter((f) => /^unitDueDates\.\d+\.dueDate$/.test(f.field)) : [];
          if (onDates.length === 0) {
            void toast.error(errorMessage(error, t));
            return;
          }
          setFieldErrors(
            Object.fromEntries(
              onDates.map((f) => [requested[Number(f.field.split('.')[1])]!.agencyId, t('periodAdmin.unitDueDates.errors.tooEarly')]),
            ),
          );
        },
      });
    };

    body = (
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('periodAdmin.unitDueDates.description', { date: formatDate(period.dueDate) })}
        </Typography.Paragraph>
        {rolledOver.length > 0 ? (
          <ListAlert
            type="info"
            title={t('periodAdmin.unitDueDates.rolledOverTitle')}
            items={rolledOver.map((r) => ({
              key: r.agencyId,
              text: t('periodAdmin.unitDueDates.rolledOver', {
                unit: nameOf.get(r.agencyId),
                requested: formatDate(r.requested),
                date: formatDate(r.dueDate),
              }),
            }))}
          />
        ) : null}
        {chosen.length === 0 ? (
          <Typography.Text type="secondary">{t('periodAdmin.unitDueDates.noUnits')}</Typography.Text>
        ) : (
          <ul className="gb-unit-due-dates" aria-label={t('periodAdmin.unitDueDates.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {chosen.map((agencyId) => {
              const inputId = `unit-due-${agencyId}`;
              const error = fieldErrors[agencyId];
              return (
                <li key={agencyId} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
                  <Flex wrap align="center" gap="4px 12px">
                    <label htmlFor={inputId} style={{ flex: '1 1 220px', minWidth: 0 }}>
                      {nameOf.get(agencyId)}
                    </label>
                    <DatePicker
                      id={inputId}
                      format={DATE_FORMAT}
                      allowClear
                      status={error ? 'error' : undefined}
                      value={toPickerValue(dateOf(agencyId) ?? undefined)}
                      placeholder={t('periodAdmin.unitDueDates.placeholder', { date: formatDate(period.dueDate) })}
                      onChange={(value) => setEdits({ ...(edits ?? {}), [agencyId]: fromPickerValue(value) })}
                      style={{ width: 200 }}
                    />
                  </Flex>
                  {error ? (
                    <Typography.Text type="danger" role="alert" style={{ fontSize: 13 }}>
                      {error}
                    </Typography.Text>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        <SaveChangesBar label={t('periodAdmin.unitDueDates.save')} dirty={dirty} pending={save.isPending} onSave={onSave} onUndo={() => setEdits(null)} />
      </Card>
    );
  }

  return (
    <DraftEditorSection id="unit-due-dates-heading" title={t('periodAdmin.unitDueDates.title')}>
      {toastHolder}
      {body}
    </DraftEditorSection>
  );
}
