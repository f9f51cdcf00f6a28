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
