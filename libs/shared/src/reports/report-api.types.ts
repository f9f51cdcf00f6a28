import type { Role } from '../auth/roles.js';
import type { Indicator, IndicatorAggregation, LocalDate, PeriodKind, PeriodState } from '../periods/period.types.js';
import type { Attachment, GeneralSectionKey, IndicatorValue, ReportSection, ReportState, SubmissionStatus, TaskStatus } from './report.types.js';
import type { DeadlineStanding } from '../deadlines/deadline-standing.js';

// ——— Period management (office) ———

export interface CreatePeriodRequest {
  title: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; null for year and ad_hoc. */
  sequence: number | null;
  /** Default: the Decree 09 cut-off of the kind (`defaultCutOff`); required for ad_hoc. */
  cutOffFrom?: LocalDate;
  cutOffTo?: LocalDate;
  /** At least one working day after the cut-off. */
  dueDate: LocalDate;
  requiresHeadApproval: boolean;
  shiftDueDateToWorkingDay?: boolean;
  /** Copy the task groups and indicators, and the list of units that must report, of this earlier period. */
  copyFromPeriodId?: string | null;
  /** A due date already past is refused (409 PAST_DUE_CONFIRMATION_REQUIRED) unless confirmed. */
  confirmPastDue?: boolean;
}

/** POST /api/periods/:id/open. */
export interface OpenPeriodRequest {
  /** Opening when a unit's due date has passed is refused (409 PAST_DUE_CONFIRMATION_REQUIRED) unless confirmed. */
  confirmPastDue?: boolean;
}

/**
 * `details` of a 409 PAST_DUE_CONFIRMATION_REQUIRED: what creating or opening the period now
 * would mean. On creation no unit is chosen yet: every unit would be overdue at once.
 */
export interface PastDueDetails {
  /** Today in Vietnam's calendar. */
  today: LocalDate;
  /** The period's due date (settled on the working calendar). */
  dueDate: LocalDate;
  /** The units of the period and those of them that would be overdue at once (opening only). */
  unitCount: number | null;
  pastDueAgencyIds: string[];
}

/** A unit's own due date in a period (it reports earlier or later under its own regulation). */
export interface UnitDueDate {
  agencyId: string;
  dueDate: LocalDate;
}

/**
 * GET and PUT /api/periods/:id/unit-due-dates: the units with a due date of their own; the others
 * report by the period's. A PUT replaces the whole list (draft periods only); each date answers as
 * settled on the period's working calendar (a Saturday comes back as the Monday).
 */
export interface PeriodUnitDueDates {
  unitDueDates: UnitDueDate[];
}

export type UpdatePeriodRequest = Partial<
  Pick<CreatePeriodRequest, 'title' | 'cutOffFrom' | 'cutOffTo' | 'dueDate' | 'requiresHeadApproval' | 'shiftDueDateToWorkingDay'>
>;

export interface IndicatorInput {
  name: string;
  unit: string;
  aggregation: IndicatorAggregation;
  integerOnly: boolean;
  target: number | null;
}

export interface TaskGroupInput {
  title: string;
  /**
   * The group's short name (see TASK_GROUP_SHORT_NAME_MAX_LENGTH). Left out of a new group: the
   * default made from its title (defaultTaskGroupShortName); left out of an edit: the name it has.
   */
  shortName?: string;
  guidance?: string | null;
  indicators: IndicatorInput[];
}

export interface ReorderTaskGroupsRequest {
  taskGroupIds: string[];
}

export interface PeriodAgencies {
  agencyIds: string[];
}

// ——— A unit's report ———

export interface MyReportRow {
  reportId: string;
  /** The unit the report is filed for, and its name as filed (it may since have been renamed). */
  agencyId: string;
  agencyName: string;
  /**
   * A report of a unit this one succeeded (merge, split): readable history, never editable.
   * false for the unit's own reports.
   */
  fromPredecessor: boolean;
  periodId: string;
  periodTitle: string;
  periodKind: PeriodKind;
  periodState: PeriodState;
  effectiveDueDate: LocalDate;
  state: ReportState;
  /** Days until the effective due date (negative when past); null once submitted. */
  daysLeft: number | null;
  daysLate: number | null;
  submissionStatus: SubmissionStatus;
  deadline: DeadlineStanding;
  lastSubmittedAt: string | null;
  versionNumber: number;
  revisionDueDate: LocalDate | null;
  returnedSectionCount: number;
}

export interface SectionTaskGroup {
  id: string;
  ordinal: number;
  title: string;
  guidance: string | null;
  indicators: Indicator[];
}

export interface ReportSectionDetail extends ReportSection {
  taskGroup: SectionTaskGroup | null;
}

export interface ReviewNote {
  id: string;
  sectionId: string | null;
  parentId: string | null;
  authorName: string;
  authorRole: Role;
  body: string;
  createdAt: string;
}

export interface ReportPermissions {
  canEdit: boolean;
  canRequestApproval: boolean;
  canSendBack: boolean;
  canSubmit: boolean;
  canReview: boolean;
  canReopen: boolean;
  canExtend: boolean;
  canSetApplicability: boolean;
  canComment: boolean;
  canReadAudit: boolean;
}

export interface ReportDetail {
  id: string;
  period: {
    id: string;
    title: string;
    state: PeriodState;
    dueDate: LocalDate;
    cutOffFrom: LocalDate;
    cutOffTo: LocalDate;
    requiresHeadApproval: boolean;
  };
  /** The unit, named as the report was filed (it may since have been renamed or merged). */
  agency: { id: string; name: string };
  state: ReportState;
  effectiveDueDate: LocalDate;
  /** The unit's own due date in this period, if the office set one. */
  unitDueDate: LocalDate | null;
  extendedDueDate: LocalDate | null;
  extensionReason: string | null;
  revisionDueDate: LocalDate | null;
  returnReason: string | null;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  submissionStatus: SubmissionStatus;
  daysLate: number | null;
  deadline: DeadlineStanding;
  versionNumber: number;
  reopened: boolean;
  /** Task group sections in ordinal order, then the general sections in GENERAL_SECTION_KEYS order. */
  sections: ReportSectionDetail[];
  notes: ReviewNote[];
  /** Evidence files: GET /api/reports/:id/attachments/:attachmentId downloads one. */
  attachments: Attachment[];
  permissions: ReportPermissions;
}

/** PUT /api/reports/:id/sections/:sectionId — an autosave. */
export interface SaveSectionRequest {
  /** The section version the edit started from; a stale one gets 409 STALE_VERSION. */
  version: number;
  text: string;
  status?: TaskStatus | null;
  indicatorValues?: IndicatorValue[];
}

/** `details` of a 409 STALE_VERSION: the server's copy, to show beside the user's text. */
export interface StaleVersionDetails {
  server: ReportSectionDetail;
}

export interface SetApplicabilityRequest {
  applicable: boolean;
}

export interface ReturnReportRequest {
  /** Sections to revise; empty means the whole report. */
  sectionIds: string[];
  reason: string;
  revisionDueDate: LocalDate;
}

export interface GrantExtensionRequest {
  dueDate: LocalDate;
  reason: string;
}

export interface ReopenReportRequest {
  reason: string;
}

export interface AddNoteRequest {
  body: string;
  sectionId?: string | null;
  parentId?: string | null;
}

// ——— Versions ———

export interface ReportVersionSummary {
  number: number;
  submittedAt: string;
  submittedByName: string;
  onTime: boolean;
}

export interface VersionSectionContent {
  /** `tg:<ordinal>` or the general key. */
  key: string;
  title: string;
  status: TaskStatus | null;
  text: string;
  indicatorValues: { name: string; unit: string; value: number | null }[];
}

export interface ReportVersionContent {
  number: number;
  submittedAt: string;
  sections: VersionSectionContent[];
}

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface VersionComparison {
  from: number;
  to: number;
  sections: {
    key: string;
    title: string;
    changed: boolean;
    statusFrom: TaskStatus | null;
    statusTo: TaskStatus | null;
    diff: DiffPart[];
  }[];
}

// ——— Review board and audit ———

export interface ReviewBoardRow {
  reportId: string;
  agencyId: string;
  agencyName: string;
  state: ReportState;
  effectiveDueDate: LocalDate;
  /** The unit's own due date in this period, if the office set one. */
  unitDueDate: LocalDate | null;
  extendedDueDate: LocalDate | null;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  submissionStatus: SubmissionStatus;
  daysLate: number | null;
  deadline: DeadlineStanding;
  versionNumber: number;
  /** Filled once reminders exist (issue: reminders). */
  lastReminderAt: string | null;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorName: string | null;
  actorRole: Role | null;
  action: string;
  objectType: string;
  objectId: string;
  summary: Record<string, unknown>;
}

export type { GeneralSectionKey };
