import { decideReportAction, decideSectionEdit, type ReportAction, type SectionEditFacts, type WorkflowContext } from './report-workflow.js';
import type { ReportState } from './report.types.js';
import type { Role } from '../auth/roles.js';

const ctx = (role: Role, extra: Partial<WorkflowContext> = {}): WorkflowContext => ({
  role,
  requiresHeadApproval: false,
  acceptingSubmissions: true,
  ...extra,
});

const outcome = (state: ReportState, action: ReportAction, c: WorkflowContext): string => {
  const d = decideReportAction(state, action, c);
  return d.allowed ? `→ ${d.next}` : d.code;
};

describe('decideReportAction', () => {
  it.each<[ReportState, ReportAction, Role, string]>([
    // the reporter's path without approval
    ['not_started', 'edit', 'agency_reporter', '→ draft'],
    ['draft', 'edit', 'agency_reporter', '→ draft'],
    ['draft', 'submit', 'agency_reporter', '→ submitted'],
    ['not_started', 'submit', 'agency_reporter', '→ submitted'],
    ['returned', 'edit', 'agency_reporter', '→ returned'],
    ['returned', 'submit', 'agency_reporter', '→ submitted'],
    // frozen after submission
    ['submitted', 'edit', 'agency_reporter', 'ILLEGAL_TRANSITION'],
    ['submitted', 'submit', 'agency_reporter', 'ILLEGAL_TRANSITION'],
    ['accepted', 'edit', 'agency_head', 'ILLEGAL_TRANSITION'],
    // the office's review
    ['submitted', 'return', 'office', '→ returned'],
    ['submitted', 'accept', 'office', '→ accepted'],
    ['draft', 'accept', 'office', 'ILLEGAL_TRANSITION'],
    ['returned', 'accept', 'office', 'ILLEGAL_TRANSITION'],
    ['accepted', 'return', 'office', 'ILLEGAL_TRANSITION'],
    ['accepted', 'reopen', 'office', '→ returned'],
    ['draft', 'reopen', 'office', 'ILLEGAL_TRANSITION'],
    // roles
    ['draft', 'edit', 'office', 'FORBIDDEN'],
    ['draft', 'edit', 'leader', 'FORBIDDEN'],
    ['draft', 'submit', 'admin', 'FORBIDDEN'],
    ['submitted', 'accept', 'leader', 'FORBIDDEN'],
    ['submitted', 'return', 'agency_head', 'FORBIDDEN'],
    ['submitted', 'accept', 'admin', 'FORBIDDEN'],
  ])('%s + %s by %s: %s', (state, action, role, expected) => {
    expect(outcome(state, action, ctx(role))).toBe(expected);
  });

  it.each<[ReportState, ReportAction, Role, string]>([
    ['draft', 'request_approval', 'agency_reporter', '→ awaiting_approval'],
    ['draft', 'submit', 'agency_reporter', 'FORBIDDEN'],
    ['awaiting_approval', 'submit', 'agency_head', '→ submitted'],
    ['awaiting_approval', 'send_back_to_draft', 'agency_head', '→ draft'],
    ['awaiting_approval', 'send_back_to_draft', 'agency_reporter', 'FORBIDDEN'],
    ['awaiting_approval', 'edit', 'agency_reporter', 'ILLEGAL_TRANSITION'],
    ['draft', 'submit', 'agency_head', '→ submitted'],
  ])('with head approval: %s + %s by %s: %s', (state, action, role, expected) => {
    expect(outcome(state, action, ctx(role, { requiresHeadApproval: true }))).toBe(expected);
  });

  it('asks for no approval when the period does not require it', () => {
    expect(outcome('draft', 'request_approval', ctx('agency_reporter'))).toBe('ILLEGAL_TRANSITION');
  });

  it.each<ReportAction>(['edit', 'submit', 'request_approval'])('a closed period refuses %s', (action) => {
    expect(outcome('draft', action, ctx('agency_reporter', { acceptingSubmissions: false }))).toBe('PERIOD_NOT_OPEN');
  });

  it('the office still accepts what was submitted before the period closed', () => {
    expect(outcome('submitted', 'accept', ctx('office', { acceptingSubmissions: false }))).toBe('→ accepted');
  });
});

describe('decideSectionEdit', () => {
  const facts = (extra: Partial<SectionEditFacts> = {}): SectionEditFacts => ({
    reportState: 'draft',
    periodState: 'open',
    reopened: false,
    requiresHeadApproval: false,
    applicable: true,
    sectionReturned: false,
    ...extra,
  });
  const edit = (f: SectionEditFacts, role: Role = 'agency_reporter'): string => {
    const d = decideSectionEdit(f, role);
    return d.allowed ? `→ ${d.next}` : `${d.code}: ${d.reason}`;
  };

  it.each<[string, Partial<SectionEditFacts>, Role, string]>([
    ['a draft in an open period', {}, 'agency_reporter', '→ draft'],
    ['the first save of a report', { reportState: 'not_started' }, 'agency_head', '→ draft'],
    ['a returned section of a returned report', { reportState: 'returned', sectionReturned: true }, 'agency_reporter', '→ returned'],
    ['a reopened report in a closed period', { periodState: 'closed', reopened: true, reportState: 'returned', sectionReturned: true }, 'agency_reporter', '→ returned'],
    ['a section the office did not return', { reportState: 'returned' }, 'agency_reporter', 'ILLEGAL_TRANSITION: Only the returned sections can be changed.'],
    ['a task group marked not applicable', { applicable: false }, 'agency_reporter', 'ILLEGAL_TRANSITION: The office marked this task group not applicable.'],
    ['a closed period', { periodState: 'closed' }, 'agency_reporter', 'PERIOD_NOT_OPEN: The period takes no submissions.'],
    ['a period not yet open', { periodState: 'draft' }, 'agency_reporter', 'PERIOD_NOT_OPEN: The period takes no submissions.'],
    ['a submitted report', { reportState: 'submitted' }, 'agency_reporter', 'ILLEGAL_TRANSITION: A submitted report cannot be edited.'],
    ['a report awaiting approval', { reportState: 'awaiting_approval', requiresHeadApproval: true }, 'agency_head', 'ILLEGAL_TRANSITION: A awaiting_approval report cannot be edited.'],
    ['the office', {}, 'office', 'FORBIDDEN: Only the unit’s own staff write its report.'],
  ])('%s', (_case, extra, role, expected) => {
    expect(edit(facts(extra), role)).toBe(expected);
  });

  it('says the report’s reason before the section’s: a closed period, not the task group', () => {
    expect(edit(facts({ periodState: 'closed', applicable: false }))).toBe('PERIOD_NOT_OPEN: The period takes no submissions.');
  });
});
