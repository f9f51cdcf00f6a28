import type { FieldError } from '../api/api.types.js';
import { isLocalDate, parseLocalDate } from '../deadlines/local-date.js';
import type { LocalDate } from '../periods/period.types.js';
import { normalizePlainLine, plainLineProblems } from './plain-line.js';

/**
 * Public holidays (Bộ luật Lao động 2019, Điều 112): a due date that falls on one moves to the next
 * working day. Tết Âm lịch and Giỗ Tổ Hùng Vương follow the lunar calendar and the government
 * announces the days off (and those moved) each year, so the administrator keeps a list per year.
 */
export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

/** GET /api/settings/holidays?year=: one year's list, and which years have one. */
export interface HolidayYear {
  year: number;
  /** By date. */
  holidays: PublicHoliday[];
  /** Every year that has at least one holiday, ascending. */
  yearsWithHolidays: number[];
}

/** PUT /api/settings/holidays/:year: the whole list of that year (an empty list clears it). */
export interface SaveHolidaysRequest {
  holidays: PublicHoliday[];
}

/** The years a list can be kept for: those of the periods (2000–2100). */
export const HOLIDAY_YEAR_RANGE = { from: 2000, to: 2100 } as const;
export const HOLIDAY_NAME_MAX_LENGTH = 120;
/** Some 11 days off a year, plus the days moved: room to spare, but a bound. */
export const HOLIDAYS_PER_YEAR_MAX = 40;

export function isHolidayYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= HOLIDAY_YEAR_RANGE.from && (value as number) <= HOLIDAY_YEAR_RANGE.to;
}

/** The list as stored: names normalised (one line), by date. Only for a list validateHolidayYear accepts. */
export function normalizeHolidays(holidays: PublicHoliday[]): PublicHoliday[] {
  return holidays
    .map((h) => ({ date: h.date, name: normalizePlainLine(h.name) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * What is wrong with a year's list, as the API's 422 details (`holidays.2.date`…): the year is
 * one of HOLIDAY_YEAR_RANGE; each date is a real date of that year, once; each name is one line
 * of text, not empty after trimming.
 */
export function validateHolidayYear(year: number, holidays: readonly PublicHoliday[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!isHolidayYear(year)) {
    errors.push({ field: 'year', constraints: { isHolidayYear: `year must be a whole number from ${HOLIDAY_YEAR_RANGE.from} to ${HOLIDAY_YEAR_RANGE.to}` } });
  }
  if (holidays.length > HOLIDAYS_PER_YEAR_MAX) {
    errors.push({ field: 'holidays', constraints: { arrayMaxSize: `holidays must have at most ${HOLIDAYS_PER_YEAR_MAX} days` } });
  }
  const seen = new Set<string>();
  holidays.forEach((holiday, index) => {
    const at = `holidays.${index}`;
    if (!isLocalDate(holiday.date)) {
      errors.push({ field: `${at}.date`, constraints: { isLocalDate: 'date must be a date written YYYY-MM-DD' } });
    } else if (parseLocalDate(holiday.date).year !== year) {
      errors.push({ field: `${at}.date`, constraints: { inYear: `date must be a day of ${year}` } });
    } else if (seen.has(holiday.date)) {
      errors.push({ field: `${at}.date`, constraints: { unique: `${holiday.date} is listed twice` } });
    }
    if (typeof holiday.date === 'string') seen.add(holiday.date);
    const name = normalizePlainLine(holiday.name);
    const problems = typeof name === 'string' ? plainLineProblems('name', name, HOLIDAY_NAME_MAX_LENGTH) : { isString: 'name must be text' };
    if (Object.keys(problems).length) errors.push({ field: `${at}.name`, constraints: problems });
  });
  return errors;
}

/**
 * The years the administrator should fill in: this year and the next (in Vietnam's calendar),
 * those of them without a single holiday. A due date in such a year moves off weekends only.
 */
export function missingHolidayYears(today: LocalDate, yearsWithHolidays: readonly number[]): number[] {
  const { year } = parseLocalDate(today);
  return [year, year + 1].filter((y) => !yearsWithHolidays.includes(y));
}
