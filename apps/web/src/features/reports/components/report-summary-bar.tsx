import type { ReportDetail } from '@giao-ban/shared';
import { Alert, Button, Card, Flex, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadlineText } from '@/components/deadline-standing';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateRange, formatInstant } from '@/lib/format';
import type { AutosaveSummary } from '../hooks/autosave-registry';
import { formatClockTime } from '../utils/format-time';
import { ReportStateTag } from '@/components/report-state-tag';

/** Height of the app shell's sticky header (64 px and its 3 px accent line). */
const SHELL_HEADER_HEIGHT = 67;

function AutosaveStatus({ summary, editable, onRetry }: { summary: AutosaveSummary; editable: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  let text: string | null = null;
  let type: 'secondary' | 'success' | 'warning' | 'danger' | undefined = 'secondary';
  switch (summary.kind) {
    case 'saving':
      text = t('reports.autosave.saving');
      break;
    case 'saved':
      // once the report is submitted (nothing editable) "Đã gửi" says it all, not the last autosave
      text = editable && summary.lastSavedAt ? t('reports.autosave.savedAt', { time: formatClockTime(summary.lastSavedAt) }) : null;
      type = 'success';
      break;
    case 'offline':
      text = t('reports.autosave.offline');
      type = 'danger';
      break;
    case 'conflict':
      text = t('reports.autosave.conflict');
      type = 'danger';
      break;
    case 'invalid':
      text = t('reports.autosave.invalid');
      type = 'danger';
      break;
    case 'failed':
      text = t('reports.autosave.failed', { message: errorMessage(summary.error, t) });
      type = 'danger';
      break;
    case 'idle':
      text = editable ? t('reports.autosave.idle') : null;
      break;
  }
  return (
    <span role="status" aria-live="polite" data-testid="autosave-status" style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      {text ? <Typography.Text type={type}>{text}</Typography.Text> : null}
      {summary.kind === 'offline' ? (
        <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={onRetry}>
          {t('reports.autosave.retryNow')}
        </Button>
      ) : null}
    </span>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', whiteSpace: 'nowrap' }}>
      <Typography.Text type="secondary">{label}:</Typography.Text>
      {children}
    </span>
  );
}

export interface ReportSummaryBarProps {
  report: ReportDetail;
  autosave: AutosaveSummary;
  /** Some section can be edited now (autosave is live). */
  editable: boolean;
  onRetrySave: () => void;
  actions: ReactNode;
}

/**
 * The report at a glance, kept in view while the user scrolls through the sections: state, due
 * date, days left or late, version, the autosave state and the report's buttons.
 */
export function ReportSummaryBar({ report, autosave, editable, onRetrySave, actions }: ReportSummaryBarProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();

  return (
    <Card
      size="small"
      aria-label={t('reports.editor.summary')}
      role="region"
      style={{
        position: 'sticky',
        top: SHELL_HEADER_HEIGHT,
        zIndex: 5,
        marginBottom: 12,
        boxShadow: '0 2px 8px rgba(0,0,0,0.06)',
      }}
      styles={{ body: { padding: screens.md ? '10px 16px' : '8px 10px' } }}
    >
      <Flex wrap gap={screens.md ? '6px 20px' : '4px 12px'} align="center" style={{ fontSize: screens.md ? 14 : 13 }}>
        <ReportStateTag state={report.state} />
        <Fact label={t('reports.editor.fields.dueDate')}>
          <Typography.Text strong>{formatDate(report.effectiveDueDate)}</Typography.Text>
        </Fact>
        <DeadlineText standing={report.deadline} />
        <Fact label={t('reports.editor.fields.version')}>
          <Typography.Text>{report.versionNumber > 0 ? report.versionNumber : t('reports.editor.versionNone')}</Typography.Text>
        </Fact>
        <AutosaveStatus summary={autosave} editable={editable} onRetry={onRetrySave} />
      </Flex>
      <Flex wrap gap={8} style={{ marginTop: 8 }}>
        {actions}
      </Flex>
    </Card>
  );
}

/** The notices under the summary bar: returned, extension, submitted, awaiting approval, restored drafts. */
export function ReportNotices({ report, restoredCount }: { report: ReportDetail; restoredCount: number }) {
  const { t } = useTranslation();
  const notices: ReactNode[] = [];

  if (restoredCount > 0) {
    notices.push(<Alert key="restored" type="info" showIcon title={t('reports.editor.restored')} />);
  }
  if (report.state === 'returned') {
    notices.push(
      <Alert
        key="returned"
        type="warning"
        showIcon
        title={
          report.revisionDueDate
            ? t('reports.editor.returnedTitle', { date: formatDate(report.revisionDueDate) })
            : t('reports.editor.returnedTitleNoDate')
        }
        description={
          <>
            {report.returnReason ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{report.returnReason}</Typography.Paragraph>
            ) : null}
            {report.sections.some((section) => section.returned) ? (
              <Typography.Text type="secondary">{t('reports.editor.returnedHint')}</Typography.Text>
            ) : null}
          </>
        }
      />,
    );
  }
  if (report.extendedDueDate) {
    notices.push(
      <Alert
        key="extension"
        type="info"
        showIcon
        title={t('reports.editor.extension', { date: formatDate(report.extendedDueDate) })}
        description={report.extensionReason ? t('reports.editor.extensionReason', { reason: report.extensionReason }) : undefined}
      />,
    );
  }
  if ((report.state === 'submitted' || report.state === 'accepted') && report.lastSubmittedAt) {
    notices.push(
      <Alert
        key="submitted"
        type={report.state === 'accepted' ? 'success' : 'info'}
        showIcon
        title={t('reports.editor.submittedAt', { time: formatInstant(report.lastSubmittedAt), number: report.versionNumber })}
      />,
    );
  }
  if (report.state === 'awaiting_approval') {
    notices.push(<Alert key="approval" type="info" showIcon title={t('reports.editor.awaitingApproval')} />);
  }

  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {notices}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('reports.editor.fields.cutOff')}: {formatDateRange(report.period.cutOffFrom, report.period.cutOffTo)}
      </Typography.Text>
    </Flex>
  );
}
