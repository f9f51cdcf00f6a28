import type { LocalDate } from '../periods/period.types.js';
import { endOfLocalDayExclusive } from './local-date.js';
import { settleDueDate, type WorkingCalendar } from './working-days.js';

/**
 * A report is on time when submitted at or before 23:59:59 local time of its effective due date
 * (the due date, or an extension's date). 00:00:00 of the next day is late.
 */
export function isSubmittedOnTime(submittedAt: Date, effectiveDueDate: LocalDate): boolean {
  return submittedAt.getTime() < endOfLocalDayExclusive(effectiveDueDate).getTime();
}

/** What decides one unit's due date in one period. */
export interface DueDateParts {
  /** The period's due date (thời hạn gửi báo cáo). */
  periodDueDate: LocalDate;
  /**
   * The unit's own due date, set by the office while preparing the period: some units report
   * earlier or later under their own regulation. It replaces the period's date, earlier or later.
   */
  unitDueDate?: LocalDate | null;
  /** An extension (gia hạn): counts only when later than the unit's due date. */
  extendedTo?: LocalDate | null;
}

/**
 * The effective due date of a unit's report: its own due date if it has one, else the period's;
 * an extension when it is later. With a calendar, each date is first settled on it (a Saturday
 * moves to Monday when the period rolls over). The API stores every date already settled when the
 * office sets it — as the period's own due date is — so reading stored dates needs no calendar,
 * and the SQL of the dashboard (`dashboard.repository.ts`) takes the same greatest-of rule.
 */
export function effectiveDueDate(parts: DueDateParts, calendar?: WorkingCalendar): LocalDate {
  const settle = (date: LocalDate) => (calendar ? settleDueDate(date, calendar).dueDate : date);
  const own = settle(parts.unitDueDate ?? parts.periodDueDate);
  const extended = parts.extendedTo ? settle(parts.extendedTo) : null;
  return extended !== null && extended > own ? extended : own;
}
