import type { AuditEvent, ReportDetail } from '@giao-ban/shared';
import { i18n } from '@/lib/i18n';
import { submittedReport } from '@/testing/review-fixtures';
import { auditSummary, visibleAuditEvents } from './audit-timeline';

const event = (id: string, action: string, occurredAt: string, summary: Record<string, unknown> = {}): AuditEvent =>
  ({ id, action, occurredAt, actorName: 'Cán bộ đầu mối', actorRole: 'agency_reporter', summary }) as unknown as AuditEvent;

describe('the report history (Nhật ký báo cáo)', () => {
  const events = [
    event('1', 'report.section_saved', '2021-12-16T02:00:00.000Z', { sectionId: 's-7', version: 3 }),
    event('2', 'report.submitted', '2021-12-16T03:00:00.000Z', { version: 1, onTime: false }),
    event('3', 'report.section_saved', '2021-12-18T02:00:00.000Z', { sectionId: 's-7', version: 4 }),
    event('4', 'report.submitted', '2021-12-18T03:00:00.000Z', { version: 2, onTime: true }),
  ];

  it('shows the workflow steps, newest first, and the content saves only when asked', () => {
    expect(visibleAuditEvents(events, false).map((e) => e.id)).toEqual(['4', '2']);
    expect(visibleAuditEvents(events, true).map((e) => e.id)).toEqual(['4', '3', '2', '1']);
  });

  it('names versions only for submissions, a revision by its own due date', () => {
    const t = i18n.t.bind(i18n);
    const report = submittedReport as ReportDetail;
    expect(auditSummary(events[0], report, t)).not.toMatch(/phiên bản/);
    expect(auditSummary(events[1], report, t)).toBe('phiên bản 1 · Trễ hạn');
    expect(auditSummary(events[3], report, t)).toBe('phiên bản 2 · Bổ sung đúng hạn');
  });
});
