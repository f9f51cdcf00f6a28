import type { LocalDate } from '../periods/period.types.js';
import { endOfLocalDayExclusive } from './local-date.js';

/**
 * A report is on time when submitted at or before 23:59:59 local time of its effective due date
 * (the due date, or an extension's date). 00:00:00 of the next day is late.
 */
export function isSubmittedOnTime(submittedAt: Date, effectiveDueDate: LocalDate): boolean {
  return submittedAt.getTime() < endOfLocalDayExclusive(effectiveDueDate).getTime();
}

/** The effective due date: the latest of the period's due date and the unit's extension, if any. */
export function effectiveDueDate(dueDate: LocalDate, extendedTo: LocalDate | null): LocalDate {
  return extendedTo !== null && extendedTo > dueDate ? extendedTo : dueDate;
}
