import { isLocalDate, versionTimelinessTerm, type AuditEvent, type ReportDetail, type ReportState } from '@giao-ban/shared';
import { Switch, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateTime } from '@/lib/format';
import { useReportAudit } from '../api/get-report-audit';
import { sectionTitle } from '../utils/section-title';

const KNOWN_ACTIONS = new Set([
  'report.section_saved',
  'report.submitted',
  'report.approved_and_submitted',
  'report.approval_requested',
  'report.sent_back_to_draft',
  'report.returned',
  'report.accepted',
  'report.reopened',
  'report.extension_granted',
  'report.applicability_set',
  'report.note_added',
  'report.added_to_period',
]);

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const date = (value: unknown): string | null => (isLocalDate(value) ? formatDate(value) : null);

/** The action in the reader's words: "Gửi báo cáo", "Yêu cầu bổ sung"… */
export function auditActionLabel(action: string, t: TFunction): string {
  return KNOWN_ACTIONS.has(action) ? t(`review.audit.actions.${action.replace('report.', '')}` as 'review.audit.actions.submitted') : action;
}

/** One line on what changed: the reason, the version, the section, the new date. */
export function auditSummary(event: AuditEvent, report: ReportDetail, t: TFunction): string {
  const s = event.summary;
  const section = (id: unknown) => {
    const found = report.sections.find((candidate) => candidate.id === id);
    return found ? sectionTitle(found) : null;
  };
  const state = (value: unknown) => (str(value) ? t(`reports.state.${value as ReportState}`) : null);
  const parts: (string | null)[] = [];
  switch (event.action) {
    case 'report.section_saved':
      // a section's own save counter is not a version of the report: versions are submissions only
      parts.push(section(s.sectionId));
      break;
    case 'report.submitted':
    case 'report.approved_and_submitted':
      parts.push(
        num(s.version) !== null ? t('review.audit.version', { number: s.version }) : null,
        typeof s.onTime === 'boolean'
          ? t(`submissionTerms.${versionTimelinessTerm({ number: num(s.version) ?? 1, onTime: s.onTime })}`)
          : null,
      );
      break;
    case 'report.returned': {
      const count = Array.isArray(s.sectionIds) ? s.sectionIds.length : null;
      parts.push(
        str(s.reason) ? t('review.audit.reason', { reason: s.reason }) : null,
        date(s.revisionDueDate) ? t('review.audit.revisionDueDate', { date: date(s.revisionDueDate) }) : null,
        count ? t('review.audit.sectionCount', { count }) : null,
      );
      break;
    }
    case 'report.accepted':
      parts.push(num(s.version) !== null ? t('review.audit.version', { number: s.version }) : null);
      break;
    case 'report.reopened':
      parts.push(str(s.reason) ? t('review.audit.reason', { reason: s.reason }) : null);
      break;
    case 'report.extension_granted':
      parts.push(
        date(s.after) ? t('review.audit.newDueDate', { date: date(s.after), before: date(s.before) ?? '—' }) : null,
        str(s.reason) ? t('review.audit.reason', { reason: s.reason }) : null,
      );
      break;
    case 'report.applicability_set':
      parts.push(
        section(s.sectionId),
        typeof s.after === 'boolean' ? (s.after ? t('review.audit.applicable') : t('review.audit.notApplicable')) : null,
      );
      break;
    case 'report.note_added':
      parts.push(s.sectionId ? section(s.sectionId) : t('review.audit.wholeReport'));
      break;
    case 'report.approval_requested':
    case 'report.sent_back_to_draft':
      parts.push(state(s.from) && state(s.to) ? `${state(s.from)} → ${state(s.to)}` : null);
      break;
  }
  return parts.filter(Boolean).join(' · ');
}

/** "Nguyễn Văn A · Cơ quan thường trực" (the role is left out when the name already says it). */
function actorLine(event: AuditEvent, t: TFunction): string {
  const name = event.actorName ?? t('review.audit.system');
  const role = event.actorRole ? t(`roles.${event.actorRole}`) : null;
  return role && !name.includes(role) ? `${name} · ${role}` : name;
}

/** The workflow steps, newest first; the autosaves ("Lưu nội dung") only when asked for. */
export function visibleAuditEvents(events: AuditEvent[], showSaves: boolean): AuditEvent[] {
  return events
    .filter((event) => showSaves || event.action !== 'report.section_saved')
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

/** "Nhật ký": who did what to the report and when (office and admin). */
export function AuditTimeline({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const audit = useReportAudit(report.id);
  const [showSaves, setShowSaves] = useState(false);

  if (audit.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (audit.isError) return <ErrorResult message={errorMessage(audit.error, t)} onRetry={() => void audit.refetch()} />;
  if (audit.data.length === 0) return <Typography.Text type="secondary">{t('review.audit.empty')}</Typography.Text>;

  // newest first: the latest decision is what the reader came for
  const events = visibleAuditEvents(audit.data, showSaves);
  const saves = audit.data.filter((event) => event.action === 'report.section_saved').length;
  return (
    <>
      {saves > 0 ? (
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', marginBottom: 12 }}>
          <Switch size="small" checked={showSaves} onChange={setShowSaves} />
          {t('review.audit.showSaves', { count: saves })}
        </label>
      ) : null}
      <Timeline
        aria-label={t('review.audit.title')}
        items={events.map((event) => {
          const summary = auditSummary(event, report, t);
          return {
            key: event.id,
            content: (
              <div>
                <div>
                  <time dateTime={event.occurredAt} style={{ fontSize: 13, color: 'rgba(0,0,0,0.55)', marginInlineEnd: 8 }}>
                    {formatDateTime(event.occurredAt)}
                  </time>
                  <strong>{auditActionLabel(event.action, t)}</strong>
                </div>
                <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.65)' }}>{actorLine(event, t)}</div>
                {summary ? <div style={{ fontSize: 13, whiteSpace: 'pre-wrap' }}>{summary}</div> : null}
              </div>
            ),
          };
        })}
      />
    </>
  );
}
