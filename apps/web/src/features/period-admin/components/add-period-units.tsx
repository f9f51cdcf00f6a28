import { unitAdmissionRefusal, type ReportingPeriod } from '@giao-ban/shared';
import { Alert, Button, Checkbox, Modal, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useAddPeriodAgencies } from '../api/add-period-agencies';
import { useMemberAgencies } from '../api/get-member-agencies';
import { usePeriodAgencies } from '../api/get-period-agencies';

/**
 * "Thêm đơn vị vào kỳ báo cáo": a unit created (or found missing) after the period opened gets its
 * report in it, due on the period's due date. Offered: the active member units without a report in
 * the period yet, by the same rule the API applies.
 */
export function AddPeriodUnitsButton({ period }: { period: ReportingPeriod }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [toast, toastHolder] = message.useMessage();
  return (
    <>
      {toastHolder}
      <Button onClick={() => setOpen(true)}>{t('periodAdmin.addUnits.button')}</Button>
      {open ? (
        <AddPeriodUnitsModal
          period={period}
          onClose={() => setOpen(false)}
          onAdded={(count) => {
            setOpen(false);
            void toast.success(t('periodAdmin.addUnits.done', { count }));
          }}
        />
      ) : null}
    </>
  );
}

function AddPeriodUnitsModal({ period, onClose, onAdded }: { period: ReportingPeriod; onClose: () => void; onAdded: (count: number) => void }) {
  const { t } = useTranslation();
  const members = useMemberAgencies();
  const obliged = usePeriodAgencies(period.id);
  const add = useAddPeriodAgencies(period.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  let body;
  if (members.isPending || obliged.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (members.isError || obliged.isError) {
    body = (
      <ErrorResult
        message={errorMessage(members.error ?? obliged.error, t)}
        onRetry={() => {
          void members.refetch();
          void obliged.refetch();
        }}
      />
    );
  } else {
    const obligedIds = new Set(obliged.data.agencyIds);
    const addable = members.data
      .filter((unit) => unitAdmissionRefusal({ active: unit.active, isStandingOffice: unit.isStandingOffice, obliged: obligedIds.has(unit.id) }) === null)
      .map((unit) => ({ value: unit.id, label: unit.name }));
    body =
      addable.length === 0 ? (
        <Alert type="info" showIcon title={t('periodAdmin.addUnits.none')} />
      ) : (
        <Checkbox.Group
          value={chosen}
          onChange={(values) => setChosen(values as string[])}
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: '6px 16px' }}
          options={addable}
          aria-label={t('periodAdmin.addUnits.choices')}
        />
      );
  }

  const onOk = () => {
    setFailure(null);
    add.mutate(chosen, {
      onSuccess: () => onAdded(chosen.length),
      onError: (error) => setFailure(errorMessage(error, t)),
    });
  };

  return (
    <Modal
      open
      title={t('periodAdmin.addUnits.title')}
      okText={t('periodAdmin.addUnits.ok')}
      cancelText={t('periodAdmin.cancel')}
      okButtonProps={{ disabled: chosen.length === 0 }}
      confirmLoading={add.isPending}
      onOk={onOk}
      onCancel={onClose}
      width={640}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('periodAdmin.addUnits.intro', { date: formatDate(period.dueDate) })}
      </Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      {body}
    </Modal>
  );
}
