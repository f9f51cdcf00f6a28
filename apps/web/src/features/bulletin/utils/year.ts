import { toLocalDate } from '@giao-ban/shared';
import { appNow } from '@/lib/app-clock';

/** This year on Vietnam's calendar. */
export function currentBulletinYear(now = appNow()): number {
  return Number(toLocalDate(now).slice(0, 4));
}

/** `?year=` when it is a plausible year; otherwise this year. */
export function bulletinYear(value: string | null, now = appNow()): number {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentBulletinYear(now);
}

/** The years the pickers offer: next year back to 2021, the first year with bulletin issues (the demo's). */
export function bulletinYearChoices(currentYear: number): number[] {
  const years: number[] = [];
  for (let year = currentYear + 1; year >= Math.min(2021, currentYear); year -= 1) years.push(year);
  return years;
}

/**
 * The months (0 = January) of the bulletin year a reporting period covers, by its data cut-off:
 * 15/06–14/12/2021 → 2021, June to December. A cut-off across New Year counts from January.
 */
export function monthsOfPeriod(cutOffFrom: string, cutOffTo: string): { year: number; months: number[] } {
  const year = Number(cutOffTo.slice(0, 4));
  const last = Number(cutOffTo.slice(5, 7)) - 1;
  const first = Number(cutOffFrom.slice(0, 4)) === year ? Number(cutOffFrom.slice(5, 7)) - 1 : 0;
  return { year, months: Array.from({ length: last - first + 1 }, (_, index) => first + index) };
}
