import { decidePeriodAction, nextPeriodAction, type ReportingPeriod } from '@giao-ban/shared';
import { Button, Flex, Grid, Modal, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useArchivePeriod } from '../api/archive-period';
import { useClosePeriod } from '../api/close-period';
import { usePeriodAgencies } from '../api/get-period-agencies';
import { useOpenPeriod } from '../api/open-period';
import { askToGoAheadPastDue } from '../utils/past-due';

/** How many units must report for the period. */
export function ObligatedUnitsCount({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const units = usePeriodAgencies(periodId);
  if (units.isPending) return <span>…</span>;
  if (units.isError) return <span>—</span>;
  return <span>{t('periodAdmin.units.countValue', { count: units.data.agencyIds.length })}</span>;
}

/**
 * The office moves a period along: draft → "Mở kỳ báo cáo" (only with ≥1 task group and ≥1 unit),
 * open → "Đóng kỳ báo cáo", closed → "Lưu trữ". Each asks for confirmation.
 */
export function PeriodLifecycleActions({ period }: { period: ReportingPeriod }) {
  const { t } = useTranslation();
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  // beside the title on a desktop, under it (left-aligned) on a phone
  const wide = Boolean(Grid.useBreakpoint().md);
  const units = usePeriodAgencies(period.id);
  const openPeriod = useOpenPeriod(period.id);
  const closePeriod = useClosePeriod(period.id);
  const archivePeriod = useArchivePeriod(period.id);

  const failed = (error: unknown) => {
    const goAhead = () =>
      openPeriod.mutateAsync({ confirmPastDue: true }).then(
        () => void toast.success(t('periodAdmin.lifecycle.open.done')),
        (again: unknown) => failed(again),
      );
    // A due date already past: the office is told what opening now means, and asked again.
    if (askToGoAheadPastDue(error, modal, t, t('periodAdmin.pastDue.openOk'), goAhead)) return;
    const needs = isApiError(error) && error.status === 422 ? error.fieldErrors.map((fieldError) => fieldError.field) : [];
    if (needs.includes('taskGroups')) void toast.error(t('periodAdmin.lifecycle.needTaskGroup'));
    else if (needs.includes('agencyIds')) void toast.error(t('periodAdmin.lifecycle.needUnit'));
    else void toast.error(errorMessage(error, t));
  };

  const confirm = (
    kind: 'open' | 'close' | 'archive',
    run: () => Promise<unknown>,
    content: string,
    danger = false,
  ) => {
    void modal.confirm({
      title: t(`periodAdmin.lifecycle.${kind}.confirmTitle`),
      content,
      okText: t(`periodAdmin.lifecycle.${kind}.ok`),
      cancelText: t('periodAdmin.cancel'),
      okButtonProps: { danger },
      onOk: () =>
        run().then(
          () => void toast.success(t(`periodAdmin.lifecycle.${kind}.done`)),
          (error: unknown) => failed(error),
        ),
    });
  };

  let body = null;
  const action = nextPeriodAction(period.state);
  if (action === 'open') {
    const unitCount = units.data?.agencyIds.length ?? 0;
    const decision = decidePeriodAction('open', { state: period.state, taskGroupCount: period.taskGroupCount, unitCount });
    // Until the units are known, only a missing task group is certain.
    const needs = decision.allowed || decision.reason !== 'incomplete' ? [] : decision.missing.filter((need) => units.isSuccess || need === 'taskGroups');
    const missing = needs.map((need) => t(need === 'taskGroups' ? 'periodAdmin.lifecycle.needTaskGroup' : 'periodAdmin.lifecycle.needUnit'));
    body = (
      <Flex vertical align={wide ? 'flex-end' : 'flex-start'} gap={4}>
        <Button
          type="primary"
          disabled={missing.length > 0 || !units.isSuccess}
          loading={openPeriod.isPending}
          aria-describedby={missing.length > 0 ? 'open-period-hint' : undefined}
          onClick={() =>
            confirm(
              'open',
              () => openPeriod.mutateAsync({}),
              t('periodAdmin.lifecycle.open.confirmContent', { units: unitCount, taskGroups: period.taskGroupCount }),
            )
          }
        >
          {t('periodAdmin.lifecycle.open.button')}
        </Button>
        {missing.length > 0 ? (
          <Typography.Text id="open-period-hint" type="secondary" style={{ fontSize: 13, maxWidth: 320, textAlign: wide ? 'right' : 'left' }}>
            {missing.join(' ')}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  } else if (action === 'close') {
    body = (
      <Button
        danger
        loading={closePeriod.isPending}
        onClick={() => confirm('close', () => closePeriod.mutateAsync(), t('periodAdmin.lifecycle.close.confirmContent'), true)}
      >
        {t('periodAdmin.lifecycle.close.button')}
      </Button>
    );
  } else if (action === 'archive') {
    body = (
      <Button
        loading={archivePeriod.isPending}
        onClick={() => confirm('archive', () => archivePeriod.mutateAsync(), t('periodAdmin.lifecycle.archive.confirmContent'))}
      >
        {t('periodAdmin.lifecycle.archive.button')}
      </Button>
    );
  }

  return (
    <>
      {modalHolder}
      {toastHolder}
      {body}
    </>
  );
}
