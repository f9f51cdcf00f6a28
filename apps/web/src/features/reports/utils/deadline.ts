import type { SubmissionStatus } from '@giao-ban/shared';

export type DeadlineTone = 'secondary' | 'warning' | 'danger' | 'success';

export interface DeadlineWording {
  /** Key under `reports.deadline`. */
  key: 'daysLeft' | 'dueToday' | 'overdue' | 'late' | 'onTime';
  count?: number;
  tone: DeadlineTone;
}

/** Days left from which the countdown turns amber. */
const SOON_DAYS = 3;

/**
 * How a report stands against its deadline: "Còn N ngày", "Hôm nay là hạn cuối", "Quá hạn N ngày"
 * while it has not been submitted; "Trễ N ngày" or "Đúng hạn" once it has (its first submission
 * decides, as the dashboard counts it).
 */
export function deadlineWording(input: {
  submissionStatus: SubmissionStatus;
  daysLeft: number | null;
  daysLate: number | null;
}): DeadlineWording | null {
  const { submissionStatus, daysLeft, daysLate } = input;
  if (submissionStatus === 'late') return { key: 'late', count: Math.max(1, daysLate ?? 1), tone: 'danger' };
  if (submissionStatus === 'on_time') return { key: 'onTime', tone: 'success' };
  if (daysLeft === null) {
    return submissionStatus === 'missing_overdue' && daysLate ? { key: 'overdue', count: daysLate, tone: 'danger' } : null;
  }
  if (daysLeft > 0) return { key: 'daysLeft', count: daysLeft, tone: daysLeft <= SOON_DAYS ? 'warning' : 'secondary' };
  if (daysLeft === 0) return { key: 'dueToday', tone: 'warning' };
  return { key: 'overdue', count: -daysLeft, tone: 'danger' };
}
