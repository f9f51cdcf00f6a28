import type { ReportDetail } from '@giao-ban/shared';
import { Button, Modal, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { getReportQueryOptions } from '@/lib/api/reports';
import { useReportTransition, type ReportTransition } from '../api/report-transitions';
import type { AutosaveRegistry } from '../hooks/autosave-registry';

/** `sections.<sectionId>.status` fields of a refused submission: the task groups with no status. */
export function sectionsMissingStatus(error: unknown): string[] {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return [];
  return error.fieldErrors
    .map((fieldError) => /^sections\.([^.]+)\.status$/.exec(fieldError.field)?.[1])
    .filter((id): id is string => Boolean(id));
}

/**
 * The task groups a submission needs a status for (applicable, with no status yet), and how many
 * of them have one: the same rule the API applies, checked before the user is asked to confirm.
 */
export function statusProgress(report: Pick<ReportDetail, 'sections'>): { done: number; total: number; missing: string[] } {
  const groups = report.sections.filter((section) => section.taskGroupId !== null && section.applicable);
  const missing = groups.filter((section) => !section.status).map((section) => section.id);
  return { done: groups.length - missing.length, total: groups.length, missing };
}

export type Notify = (type: 'success' | 'error', content: string) => void;

export interface ReportActionsProps {
  report: ReportDetail;
  registry: AutosaveRegistry;
  notify: Notify;
  /** A submission was refused for these sections' missing status. */
  onMissingStatus: (sectionIds: string[]) => void;
}

interface ActionSpec {
  transition: ReportTransition;
  label: string;
  confirmTitle: string;
  confirmBody?: string;
  done: string;
  primary?: boolean;
  danger?: boolean;
  /** Unsaved edits are sent first. */
  flushFirst: boolean;
}

/**
 * The report's buttons, as `permissions` allow: submit ("Gửi báo cáo", or "Duyệt và gửi" for the
 * head when the period needs approval), "Trình lãnh đạo duyệt", and the head's "Trả lại để sửa".
 * Each asks for confirmation; submitting first flushes the pending autosaves.
 */
export function ReportActions({ report, registry, notify, onMissingStatus }: ReportActionsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const transition = useReportTransition(report.id);
  const [pending, setPending] = useState<ActionSpec | null>(null);
  const [working, setWorking] = useState(false);
  const { permissions } = report;

  const actions: ActionSpec[] = [];
  if (permissions.canRequestApproval) {
    actions.push({
      transition: 'request-approval',
      label: t('reports.actions.requestApproval'),
      confirmTitle: t('reports.actions.requestApprovalConfirmTitle'),
      confirmBody: t('reports.actions.requestApprovalConfirmBody'),
      done: t('reports.actions.approvalRequested'),
      primary: !permissions.canSubmit,
      flushFirst: true,
    });
  }
  if (permissions.canSubmit) {
    const approving = report.period.requiresHeadApproval;
    actions.push({
      transition: 'submit',
      label: approving ? t('reports.actions.approveAndSubmit') : t('reports.actions.submit'),
      confirmTitle: approving ? t('reports.actions.approveConfirmTitle') : t('reports.actions.submitConfirmTitle'),
      confirmBody: t('reports.actions.submitConfirmBody'),
      done: t('reports.actions.submitted'),
      primary: true,
      flushFirst: true,
    });
  }
  if (permissions.canSendBack) {
    actions.push({
      transition: 'send-back',
      label: t('reports.actions.sendBack'),
      confirmTitle: t('reports.actions.sendBackConfirmTitle'),
      done: t('reports.actions.sentBack'),
      danger: true,
      flushFirst: false,
    });
  }

  /**
   * Submitting: unsaved edits are sent, then every task group must have its status before the
   * confirmation is even asked for; the ones without are marked and the progress is said.
   */
  const choose = async (action: ActionSpec) => {
    if (action.transition !== 'submit') {
      setPending(action);
      return;
    }
    setWorking(true);
    try {
      if (!(await registry.flushAll())) {
        notify('error', t('reports.actions.unsaved'));
        return;
      }
      const latest = queryClient.getQueryData(getReportQueryOptions(report.id).queryKey) ?? report;
      const progress = statusProgress(latest);
      if (progress.missing.length > 0) {
        onMissingStatus(progress.missing);
        notify(
          'error',
          `${t('reports.actions.progress', progress)}. ${t('reports.actions.missingStatus', { count: progress.missing.length })}`,
        );
        return;
      }
      setPending(action);
    } finally {
      setWorking(false);
    }
  };

  const run = async (action: ActionSpec) => {
    setWorking(true);
    try {
      if (action.flushFirst && !(await registry.flushAll())) {
        notify('error', t('reports.actions.unsaved'));
        return;
      }
      await transition.mutateAsync(action.transition);
      notify('success', action.done);
    } catch (error) {
      const missing = sectionsMissingStatus(error);
      if (missing.length > 0) {
        onMissingStatus(missing);
        notify('error', t('reports.actions.missingStatus', { count: missing.length }));
      } else {
        notify('error', t('reports.actions.failed', { message: errorMessage(error, t) }));
      }
    } finally {
      setWorking(false);
      setPending(null);
    }
  };

  const progress = statusProgress(report);
  const showProgress = (permissions.canSubmit || permissions.canRequestApproval) && progress.total > 0;

  return (
    <>
      {showProgress ? (
        <Typography.Text role="status">
          {t('reports.actions.progress', progress)}
        </Typography.Text>
      ) : null}
      {actions.map((action) => (
        <Button
          key={action.transition}
          type={action.primary ? 'primary' : 'default'}
          danger={action.danger}
          disabled={working}
          onClick={() => void choose(action)}
        >
          {action.label}
        </Button>
      ))}
      <Modal
        open={pending !== null}
        title={pending?.confirmTitle}
        okText={t('reports.actions.confirm')}
        cancelText={t('reports.actions.cancel')}
        okButtonProps={{ danger: pending?.danger }}
        confirmLoading={working}
        onOk={() => (pending ? run(pending) : undefined)}
        onCancel={() => (working ? undefined : setPending(null))}
        destroyOnHidden
      >
        {pending?.confirmBody ? <Typography.Paragraph style={{ margin: 0 }}>{pending.confirmBody}</Typography.Paragraph> : null}
      </Modal>
    </>
  );
}
