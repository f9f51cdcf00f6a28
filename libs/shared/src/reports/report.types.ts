import type { LocalDate } from '../periods/period.types.js';

/** States of a unit's report (SPEC §3). `not_started` is an obligation nobody has touched yet. */
export const REPORT_STATES = ['not_started', 'draft', 'awaiting_approval', 'submitted', 'returned', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** Self-assessed status of a task group in a unit's report. */
export const TASK_STATUSES = ['done', 'in_progress', 'not_started', 'not_applicable'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The general sections every report has besides its task groups. */
export const GENERAL_SECTION_KEYS = ['strengths', 'limitations', 'causes', 'difficulties', 'proposals', 'next_plan'] as const;
export type GeneralSectionKey = (typeof GENERAL_SECTION_KEYS)[number];

/** Submission status of a unit for a period, as the dashboard counts it. */
export const SUBMISSION_STATUSES = ['on_time', 'late', 'missing_not_due', 'missing_overdue'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface IndicatorValue {
  indicatorId: string;
  value: number | null;
}

export interface ReportSection {
  id: string;
  /** `null` for a general section. */
  taskGroupId: string | null;
  generalKey: GeneralSectionKey | null;
  /** False when the office marked the task group "not applicable" for this unit. */
  applicable: boolean;
  status: TaskStatus | null;
  text: string;
  indicatorValues: IndicatorValue[];
  /** Optimistic-lock counter: a save must carry the version it started from. */
  version: number;
  /** Set while the office has returned this section for revision. */
  returned: boolean;
  updatedAt: string;
}

export interface AgencyReportSummary {
  id: string;
  periodId: string;
  agencyId: string;
  agencyName: string;
  state: ReportState;
  effectiveDueDate: LocalDate;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  submissionStatus: SubmissionStatus;
  daysLate: number | null;
  versionNumber: number;
}

/** Headings of the general sections, as Vietnamese half-year reports word them. */
export const GENERAL_SECTION_TITLES_VI: Record<GeneralSectionKey, string> = {
  strengths: 'Ưu điểm',
  limitations: 'Hạn chế',
  causes: 'Nguyên nhân',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
  next_plan: 'Phương hướng, nhiệm vụ kỳ tới',
};

/** Evidence files a report may carry, recognised by their content, not their name. */
export const ATTACHMENT_TYPES = ['pdf', 'docx', 'xlsx', 'jpg', 'png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export interface Attachment {
  id: string;
  sectionId: string | null;
  fileName: string;
  fileType: AttachmentType;
  sizeBytes: number;
  sha256: string;
  uploadedByName: string;
  uploadedAt: string;
}
