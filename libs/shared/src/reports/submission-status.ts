import type { LocalDate } from '../periods/period.types.js';
import { daysBetween, endOfLocalDayExclusive, toLocalDate } from '../deadlines/local-date.js';
import { isSubmittedOnTime } from '../deadlines/timeliness.js';
import type { SubmissionStatus } from './report.types.js';

/**
 * How the dashboard counts a unit: by its *first* submission against its effective due date
 * (a returned and resubmitted report keeps its first timeliness), or, while missing, by today.
 */
export function submissionStatus(
  firstSubmittedAt: Date | null,
  effectiveDueDate: LocalDate,
  now: Date,
): SubmissionStatus {
  if (firstSubmittedAt) return isSubmittedOnTime(firstSubmittedAt, effectiveDueDate) ? 'on_time' : 'late';
  return now.getTime() < endOfLocalDayExclusive(effectiveDueDate).getTime() ? 'missing_not_due' : 'missing_overdue';
}

/**
 * Whole local days between the due date and the submission (or now, while missing); 0 when on time.
 * Submitted on the day after the due date is 1 day late.
 */
export function daysLate(effectiveDueDate: LocalDate, submittedOrNow: Date): number {
  return Math.max(0, daysBetween(effectiveDueDate, toLocalDate(submittedOrNow)));
}

/**
 * The days a row shows beside its status: how late the first submission came, or how long the
 * report has been missing past its due date; null while on time or not yet due.
 */
export function daysLateFor(
  status: SubmissionStatus,
  effectiveDueDate: LocalDate,
  firstSubmittedAt: Date | null,
  now: Date,
): number | null {
  if (status === 'late' && firstSubmittedAt) return daysLate(effectiveDueDate, firstSubmittedAt);
  if (status === 'missing_overdue') return daysLate(effectiveDueDate, now);
  return null;
}

/** Days left until the due date (0 on the day itself); negative when past. */
export function daysLeft(effectiveDueDate: LocalDate, now: Date): number {
  return daysBetween(toLocalDate(now), effectiveDueDate);
}
