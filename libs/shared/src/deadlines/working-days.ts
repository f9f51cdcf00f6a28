import type { LocalDate } from '../periods/period.types.js';
import { addDays, dayOfWeek } from './local-date.js';

/** Saturday and Sunday are not working days for state bodies; public holidays come from a table. */
export function isWorkingDay(date: LocalDate, holidays: ReadonlySet<LocalDate>): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !holidays.has(date);
}

/** The date itself when it is a working day, else the next working day (BLDS 2015, Điều 148). */
export function shiftToWorkingDay(date: LocalDate, holidays: ReadonlySet<LocalDate>): LocalDate {
  let candidate = date;
  // Tết can close offices for nine days in a row; a month is a safe bound.
  for (let i = 0; i < 31; i += 1) {
    if (isWorkingDay(candidate, holidays)) return candidate;
    candidate = addDays(candidate, 1);
  }
  throw new RangeError(`No working day within a month of ${date}`);
}

/**
 * The earliest due date a period may have: the first working day after its data cut-off
 * (Nghị định 09/2019/NĐ-CP, Điều 8 leaves units at least one working day to report).
 */
export function earliestDueDate(cutOffTo: LocalDate, holidays: ReadonlySet<LocalDate>): LocalDate {
  return shiftToWorkingDay(addDays(cutOffTo, 1), holidays);
}

/**
 * The calendar a period's due dates follow: its public holidays, and whether a date that falls on
 * a weekend or a holiday moves to the next working day (the period's "shift" setting, default on).
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<LocalDate>;
  rollOver: boolean;
}

/**
 * A due date as the period's calendar settles it — the period's own, a unit's own or an
 * extension's alike: moved to the next working day when it falls on a day off and the period says
 * so. `rolledOver` tells the office that the date it chose was moved.
 */
export function settleDueDate(date: LocalDate, calendar: WorkingCalendar): { dueDate: LocalDate; rolledOver: boolean } {
  const dueDate = calendar.rollOver ? shiftToWorkingDay(date, calendar.holidays) : date;
  return { dueDate, rolledOver: dueDate !== date };
}
