import type { LocalDate } from '../periods/period.types.js';

/**
 * Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so a fixed offset is exact.
 * Server clocks are UTC: every conversion between an instant and a local date goes through here.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`No such calendar date: ${date}`);
  }
  return { year, month, day };
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

export function localDate(year: number, month: number, day: number): LocalDate {
  // Date.UTC normalises overflow (day 0, month 13), which the callers rely on.
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** The local calendar date (Asia/Ho_Chi_Minh) of an instant. */
export function toLocalDate(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant of a local date, as UTC. */
export function startOfLocalDay(date: LocalDate): Date {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day) - OFFSET_MS);
}

/** The first instant *after* a local date ends: 00:00:00 of the next day, local time. */
export function endOfLocalDayExclusive(date: LocalDate): Date {
  return new Date(startOfLocalDay(date).getTime() + DAY_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  return localDate(year, month, day + days);
}

/** Whole calendar days from one local date to another: 1 from a day to the next, negative backwards. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((startOfLocalDay(to).getTime() - startOfLocalDay(from).getTime()) / DAY_MS);
}

/** Day of week of a local date: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** dd/MM/yyyy, the Vietnamese way of writing a date. */
export function formatLocalDateVi(date: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * An instant on the Asia/Ho_Chi_Minh clock: "dd/MM/yyyy HH:mm:ss" parts, or null when invalid.
 * Every screen that shows a time goes through here, whatever the browser's own zone.
 */
export function vietnamClock(instant: Date | string): { date: string; time: string } | null {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return null;
  const local = new Date(at.getTime() + OFFSET_MS).toISOString();
  return { date: formatLocalDateVi(local.slice(0, 10)), time: local.slice(11, 19) };
}

/** "HH:mm dd/MM/yyyy" on the Vietnamese clock (time, then date: "14:45 02/12/2026"); "" when invalid. */
export function formatInstantVi(instant: Date | string): string {
  const clock = vietnamClock(instant);
  return clock ? `${clock.time.slice(0, 5)} ${clock.date}` : '';
}
