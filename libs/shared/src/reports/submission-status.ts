import type { LocalDate } from '../periods/period.types.js';
import { endOfLocalDayExclusive, startOfLocalDay, toLocalDate } from '../deadlines/local-date.js';
import { isSubmittedOnTime } from '../deadlines/timeliness.js';
import type { SubmissionStatus } from './report.types.js';

const DAY_MS = 86_400_000;

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
  const local = toLocalDate(submittedOrNow);
  const diff = Math.round((startOfLocalDay(local).getTime() - startOfLocalDay(effectiveDueDate).getTime()) / DAY_MS);
  return Math.max(0, diff);
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
  const today = toLocalDate(now);
  return Math.round((startOfLocalDay(effectiveDueDate).getTime() - startOfLocalDay(today).getTime()) / DAY_MS);
}
