import type { ReportState } from '../reports/report.types.js';

/** Why the office cannot chase a unit (đôn đốc) in a period. */
export type ManualReminderRefusal = 'notObliged' | 'alreadySubmitted';

/** The report states of a unit that has done its part: submitted and waiting for review, or accepted. */
const SUBMITTED_STATES: readonly ReportState[] = ['submitted', 'accepted'];

/**
 * Whether the office may send a đôn đốc to a unit, given the state of its report in the period
 * (null: the period does not oblige the unit): only while its report is still to be submitted. A
 * returned report is the unit's to send again, so it may be chased.
 */
export function manualReminderRefusal(reportState: ReportState | null): ManualReminderRefusal | null {
  if (reportState === null) return 'notObliged';
  if (SUBMITTED_STATES.includes(reportState)) return 'alreadySubmitted';
  return null;
}
