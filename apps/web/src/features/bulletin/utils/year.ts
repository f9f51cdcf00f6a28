import { toLocalDate } from '@giao-ban/shared';

/** This year on Vietnam's calendar. */
export function currentBulletinYear(now = new Date()): number {
  return Number(toLocalDate(now).slice(0, 4));
}

/** `?year=` when it is a plausible year; otherwise this year. */
export function bulletinYear(value: string | null, now = new Date()): number {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentBulletinYear(now);
}

/** The years the pickers offer: next year back to the demo's 2021 (at least five years). */
export function bulletinYearChoices(currentYear: number): number[] {
  const years: number[] = [];
  for (let year = currentYear + 1; year >= Math.min(2021, currentYear - 5); year -= 1) years.push(year);
  return years;
}
