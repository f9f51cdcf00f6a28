import type { FieldError } from '../api/api.types.js';
import { addDays, localDate } from '../deadlines/local-date.js';
import { settleDueDate, type WorkingCalendar } from '../deadlines/working-days.js';
import type { LocalDate } from '../periods/period.types.js';
import { HOLIDAY_YEAR_RANGE } from '../settings/public-holidays.js';
import { bulletinIssueLabel } from './bulletin-issue-state.js';
import { BULLETIN_LIMITS, type PlanBulletinYearRequest } from './bulletin.types.js';

/** One issue of a year's plan, before it is stored. */
export interface PlannedBulletinIssue {
  number: number;
  year: number;
  month: number;
  label: string;
  windowStart: LocalDate;
  /** Settled on the working calendar. */
  deadline: LocalDate;
  /** The chosen day fell on a weekend or holiday and moved. */
  deadlineRolledOver: boolean;
}

export const BULLETIN_FIRST_NUMBER_MAX = 10_000;

/** What is wrong with a plan request, as the API's 422 details; empty when it can be planned. */
export function validateBulletinPlan(request: PlanBulletinYearRequest): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, name: string, message: string) => errors.push({ field, constraints: { [name]: message } });
  const { year, firstNumber, deadlineDays, windowDays } = request;
  if (!Number.isInteger(year) || year < HOLIDAY_YEAR_RANGE.from || year > HOLIDAY_YEAR_RANGE.to) {
    fail('year', 'isBulletinYear', `year must be a whole number from ${HOLIDAY_YEAR_RANGE.from} to ${HOLIDAY_YEAR_RANGE.to}`);
  }
  if (!Number.isInteger(firstNumber) || firstNumber < 1 || firstNumber > BULLETIN_FIRST_NUMBER_MAX) {
    fail('firstNumber', 'isIssueNumber', `firstNumber must be a whole number from 1 to ${BULLETIN_FIRST_NUMBER_MAX}`);
  }
  if (!Array.isArray(deadlineDays) || deadlineDays.length < 1 || deadlineDays.length > BULLETIN_LIMITS.deadlineDaysPerMonthMax) {
    fail('deadlineDays', 'arraySize', `deadlineDays must hold 1 to ${BULLETIN_LIMITS.deadlineDaysPerMonthMax} days`);
  } else {
    deadlineDays.forEach((day, i) => {
      if (!Number.isInteger(day) || day < 1 || day > 31) fail(`deadlineDays.${i}`, 'isDayOfMonth', 'a deadline day is a whole number from 1 to 31');
      else if (i > 0 && !(day > deadlineDays[i - 1])) fail(`deadlineDays.${i}`, 'ascending', 'deadline days go up, each once');
    });
  }
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > BULLETIN_LIMITS.windowDaysMax) {
    fail('windowDays', 'isWindowLength', `windowDays must be a whole number from 1 to ${BULLETIN_LIMITS.windowDaysMax}`);
  }
  return errors;
}

/**
 * A year's issues: for each month, one issue per deadline day (a day past the month's end means its
 * last day, once), numbered on from `firstNumber`. The deadline settles on the working calendar like a
 * period's due date (a Sunday the 25th becomes Monday the 26th); the window opens `windowDays - 1`
 * days before the chosen day, so it is never shortened by a roll-over. Only for a request
 * validateBulletinPlan accepts.
 */
export function planBulletinYear(request: PlanBulletinYearRequest, calendar: WorkingCalendar): PlannedBulletinIssue[] {
  const { year, firstNumber, deadlineDays, windowDays } = request;
  const issues: PlannedBulletinIssue[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const lastDay = Number(localDate(year, month + 1, 0).slice(8, 10));
    const chosenDays = [...new Set(deadlineDays.map((day) => Math.min(day, lastDay)))];
    for (const day of chosenDays) {
      const chosen = localDate(year, month, day);
      const { dueDate, rolledOver } = settleDueDate(chosen, calendar);
      const number = firstNumber + issues.length;
      issues.push({
        number,
        year,
        month,
        label: bulletinIssueLabel(number, year),
        windowStart: addDays(chosen, -(windowDays - 1)),
        deadline: dueDate,
        deadlineRolledOver: rolledOver,
      });
    }
  }
  return issues;
}
