import type { Role } from '../auth/roles.js';
import type { PeriodState } from '../periods/period.types.js';
import type { ReportState } from './report.types.js';

/** What a person can do to a unit's report. */
export const REPORT_ACTIONS = [
  'edit',
  'request_approval',
  'send_back_to_draft',
  'submit',
  'return',
  'accept',
  'reopen',
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export interface WorkflowContext {
  role: Role;
  /** The period asks for the head's approval (ký duyệt) before submission. */
  requiresHeadApproval: boolean;
  /** Submissions are taken: the period is open, or the office reopened this unit's report. */
  acceptingSubmissions: boolean;
}

export type WorkflowDecision =
  | { allowed: true; next: ReportState }
  | { allowed: false; code: 'FORBIDDEN' | 'ILLEGAL_TRANSITION' | 'PERIOD_NOT_OPEN'; reason: string };

const UNIT_ROLES: readonly Role[] = ['agency_reporter', 'agency_head'];

/** The states in which a unit writes its report (and the office sets which task groups apply). */
export const EDITABLE_REPORT_STATES: readonly ReportState[] = ['not_started', 'draft', 'returned'];
/** The period states that take submissions; a report the office reopened takes them in any. */
export const PERIOD_STATES_TAKING_SUBMISSIONS: readonly PeriodState[] = ['open'];
/** The report states in which only the sections the office sent back may change. */
export const REPORT_STATES_OPENING_ONLY_RETURNED_SECTIONS: readonly ReportState[] = ['returned'];

export function isEditableReportState(state: ReportState): boolean {
  return EDITABLE_REPORT_STATES.includes(state);
}

export function isTakingSubmissions(periodState: PeriodState, reopened: boolean): boolean {
  return reopened || PERIOD_STATES_TAKING_SUBMISSIONS.includes(periodState);
}

/**
 * The report state machine of SPEC §3 as one pure function: who may do what from which state, and
 * where it leads. Scoping (whose unit) is checked before this, by the caller.
 */
export function decideReportAction(state: ReportState, action: ReportAction, ctx: WorkflowContext): WorkflowDecision {
  const deny = (reason: string): WorkflowDecision => ({ allowed: false, code: 'ILLEGAL_TRANSITION', reason });
  const forbid = (reason: string): WorkflowDecision => ({ allowed: false, code: 'FORBIDDEN', reason });
  const unitAction = action === 'edit' || action === 'request_approval' || action === 'send_back_to_draft' || action === 'submit';
  const officeAction = action === 'return' || action === 'accept' || action === 'reopen';

  if (unitAction && !UNIT_ROLES.includes(ctx.role)) return forbid('Only the unit’s own staff write its report.');
  if (officeAction && ctx.role !== 'office') return forbid('Only the standing office reviews reports.');
  if ((action === 'edit' || action === 'submit' || action === 'request_approval') && !ctx.acceptingSubmissions) {
    return { allowed: false, code: 'PERIOD_NOT_OPEN', reason: 'The period takes no submissions.' };
  }

  switch (action) {
    case 'edit':
      return isEditableReportState(state)
        ? { allowed: true, next: state === 'not_started' ? 'draft' : state }
        : deny(`A ${state} report cannot be edited.`);
    case 'request_approval':
      if (!ctx.requiresHeadApproval) return deny('This period needs no approval.');
      return isEditableReportState(state) ? { allowed: true, next: 'awaiting_approval' } : deny(`A ${state} report cannot be sent for approval.`);
    case 'send_back_to_draft':
      if (ctx.role !== 'agency_head') return forbid('Only the head of the unit sends a report back.');
      return state === 'awaiting_approval' ? { allowed: true, next: 'draft' } : deny(`A ${state} report is not awaiting approval.`);
    case 'submit':
      if (ctx.requiresHeadApproval) {
        if (ctx.role !== 'agency_head') return forbid('The head of the unit approves and submits this report.');
        return state === 'awaiting_approval' || isEditableReportState(state)
          ? { allowed: true, next: 'submitted' }
          : deny(`A ${state} report cannot be submitted.`);
      }
      return isEditableReportState(state) ? { allowed: true, next: 'submitted' } : deny(`A ${state} report cannot be submitted.`);
    case 'return':
      return state === 'submitted' ? { allowed: true, next: 'returned' } : deny(`A ${state} report cannot be returned.`);
    case 'accept':
      return state === 'submitted' ? { allowed: true, next: 'accepted' } : deny(`A ${state} report cannot be accepted.`);
    case 'reopen':
      return state === 'submitted' || state === 'accepted'
        ? { allowed: true, next: 'returned' }
        : deny(`A ${state} report is already open to its unit.`);
  }
}

/** What a section's save stands on, besides who saves it. */
export interface SectionEditFacts {
  reportState: ReportState;
  periodState: PeriodState;
  /** The office reopened this unit's report after the period closed. */
  reopened: boolean;
  requiresHeadApproval: boolean;
  /** The office counts this task group for the unit (not marked "không áp dụng"). */
  applicable: boolean;
  /** The office sent this section back with the report. */
  sectionReturned: boolean;
}

/**
 * The edit rule for one section: the report's `edit` decision, then the section's own conditions.
 * The autosave's SQL guard (ReportsRepository.writeSectionSaves) enforces the same conditions in
 * the database, built from the constants above; a spec checks it against this function.
 */
export function decideSectionEdit(facts: SectionEditFacts, role: Role): WorkflowDecision {
  const report = decideReportAction(facts.reportState, 'edit', {
    role,
    requiresHeadApproval: facts.requiresHeadApproval,
    acceptingSubmissions: isTakingSubmissions(facts.periodState, facts.reopened),
  });
  if (!report.allowed) return report;
  if (!facts.applicable) return { allowed: false, code: 'ILLEGAL_TRANSITION', reason: 'The office marked this task group not applicable.' };
  if (REPORT_STATES_OPENING_ONLY_RETURNED_SECTIONS.includes(facts.reportState) && !facts.sectionReturned) {
    return { allowed: false, code: 'ILLEGAL_TRANSITION', reason: 'Only the returned sections can be changed.' };
  }
  return report;
}
