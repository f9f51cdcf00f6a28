import {
  GENERAL_SECTION_TITLES_VI,
  daysLateFor,
  deadlineStanding,
  effectiveDueDate,
  submissionStatus,
  taskGroupLabel,
  toLocalDate,
  type DeadlineStanding,
  type ReportSectionDetail,
  type ReviewBoardRow,
  type SubmissionStatus,
  type VersionSectionContent,
} from '@giao-ban/shared';
import type { AgencyReportEntity } from './agency-report.entity.js';
import type { ReportSectionEntity } from './report-section.entity.js';
import { toIndicator } from '../periods/indicator.mapper.js';

export function toSectionDetail(section: ReportSectionEntity): ReportSectionDetail {
  const values = new Map((section.indicatorValues ?? []).map((v) => [v.indicatorId, Number(v.value)]));
  const group = section.taskGroup ?? null;
  return {
    id: section.id,
    taskGroupId: section.taskGroupId,
    generalKey: section.generalKey,
    applicable: section.applicable,
    status: section.status,
    text: section.text,
    indicatorValues: (group?.indicators ?? []).map((i) => ({ indicatorId: i.id, value: values.get(i.id) ?? null })),
    version: section.version,
    returned: section.returned,
    updatedAt: section.updatedAt.toISOString(),
    taskGroup: group
      ? {
          id: group.id,
          ordinal: group.ordinal,
          title: group.title,
          guidance: group.guidance,
          indicators: (group.indicators ?? []).map(toIndicator),
        }
      : null,
  };
}

/** What a submitted version keeps of a section: readable on its own, whatever changes later. */
export function toVersionSection(section: ReportSectionEntity): VersionSectionContent {
  const detail = toSectionDetail(section);
  const group = detail.taskGroup;
  return {
    key: group ? `tg:${group.ordinal}` : detail.generalKey!,
    title: group ? taskGroupLabel(group.ordinal, group.title) : GENERAL_SECTION_TITLES_VI[detail.generalKey!],
    status: detail.applicable ? detail.status : 'not_applicable',
    text: detail.text,
    indicatorValues: (group?.indicators ?? []).map((i) => ({
      name: i.name,
      unit: i.unit,
      value: detail.indicatorValues.find((v) => v.indicatorId === i.id)?.value ?? null,
    })),
  };
}

export interface Timeliness {
  effectiveDueDate: string;
  submissionStatus: SubmissionStatus;
  daysLate: number | null;
  deadline: DeadlineStanding;
}

/** The report's effective due date (stored dates are settled on the calendar already) and where it stands. */
export function reportDueDate(report: AgencyReportEntity): string {
  return effectiveDueDate({ periodDueDate: report.period!.dueDate, unitDueDate: report.unitDueDate, extendedTo: report.extendedDueDate });
}

export function timelinessOf(report: AgencyReportEntity, now: Date): Timeliness {
  const due = reportDueDate(report);
  const status = submissionStatus(report.firstSubmittedAt, due, now);
  return {
    effectiveDueDate: due,
    submissionStatus: status,
    daysLate: daysLateFor(status, due, report.firstSubmittedAt, now),
    deadline: deadlineStanding(toLocalDate(now), due, report.firstSubmittedAt),
  };
}

/** What the board row and the report's detail both say of a report: its state, dates and where it stands. */
export type ReportStanding = Pick<
  ReviewBoardRow,
  | 'state'
  | 'effectiveDueDate'
  | 'unitDueDate'
  | 'extendedDueDate'
  | 'firstSubmittedAt'
  | 'lastSubmittedAt'
  | 'submissionStatus'
  | 'daysLate'
  | 'deadline'
  | 'versionNumber'
>;

export function reportStandingOf(report: AgencyReportEntity, now: Date): ReportStanding {
  const timeliness = timelinessOf(report, now);
  return {
    state: report.state,
    effectiveDueDate: timeliness.effectiveDueDate,
    unitDueDate: report.unitDueDate,
    extendedDueDate: report.extendedDueDate,
    firstSubmittedAt: report.firstSubmittedAt?.toISOString() ?? null,
    lastSubmittedAt: report.lastSubmittedAt?.toISOString() ?? null,
    submissionStatus: timeliness.submissionStatus,
    daysLate: timeliness.daysLate,
    deadline: timeliness.deadline,
    versionNumber: report.versionNumber,
  };
}

export function toReviewBoardRow(report: AgencyReportEntity, now: Date, lastReminderAt: Date | null): ReviewBoardRow {
  return {
    reportId: report.id,
    agencyId: report.agencyId,
    agencyName: report.agencyName,
    ...reportStandingOf(report, now),
    lastReminderAt: lastReminderAt?.toISOString() ?? null,
  };
}
