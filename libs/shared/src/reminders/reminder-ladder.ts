import type { FieldError } from '../api/api.types.js';
import type { LocalDate } from '../periods/period.types.js';
import { addDays, daysBetween } from '../deadlines/local-date.js';

/**
 * When a unit that has not submitted is reminded, counted from its effective due date: so many
 * days before, on the day, then every few days while the report is missing. The office sets it
 * per period; a new period takes the committee's default (settings).
 */
export interface ReminderLadder {
  /** Days before the due date, e.g. [7, 3, 1]: each a whole number from 1 to 60, listed once. */
  daysBefore: number[];
  /** A reminder on the due date itself. */
  onDueDay: boolean;
  /** Once overdue, a reminder every so many days (3: on day 3, 6, 9… after the due date); null for none. */
  repeatEveryDays: number | null;
}

/** 7, 3 and 1 days before the effective due date, on the day, then every 3 days while missing. */
export const DEFAULT_REMINDER_LADDER: ReminderLadder = { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 };

export const REMINDER_LADDER_LIMITS = { maxDaysBefore: 60, maxRungsBefore: 10, maxRepeatEveryDays: 30 } as const;

/**
 * A rung is named by its day relative to the effective due date: -7 seven days before, 0 on the
 * day, 3 three days after. A reminder is sent once per report, due date and rung.
 */
export type ReminderRung = number;

/** The day a rung falls on. */
export function rungDate(effectiveDue: LocalDate, rung: ReminderRung): LocalDate {
  return addDays(effectiveDue, rung);
}

/** Whether the ladder has a rung on the day `offset` days after the due date (negative: before). */
export function isRung(ladder: ReminderLadder, offset: number): boolean {
  if (offset < 0) return ladder.daysBefore.includes(-offset);
  if (offset === 0) return ladder.onDueDay;
  return ladder.repeatEveryDays !== null && offset % ladder.repeatEveryDays === 0;
}

/**
 * The rung a sweep on `today` sends for a unit that has not submitted: the latest rung on or
 * before today and not before the period opened (a unit is not reminded of a day that passed
 * before it was told to report). A sweep that missed days (the server was down) sends only the
 * latest rung it missed, once; null when no rung is due, or when `lastSent` (the latest rung
 * already sent for this due date) is that rung or a later one.
 */
export function dueReminderRung(
  ladder: ReminderLadder,
  facts: { today: LocalDate; effectiveDue: LocalDate; openedOn: LocalDate; lastSent?: ReminderRung | null },
): ReminderRung | null {
  const rung = latestRungSince(ladder, facts);
  const lastSent = facts.lastSent ?? null;
  return rung !== null && lastSent !== null && rung <= lastSent ? null : rung;
}

function latestRungSince(ladder: ReminderLadder, facts: { today: LocalDate; effectiveDue: LocalDate; openedOn: LocalDate }): ReminderRung | null {
  const todayOffset = daysBetween(facts.effectiveDue, facts.today);
  const openedOffset = daysBetween(facts.effectiveDue, facts.openedOn);
  for (let offset = todayOffset; offset >= openedOffset; offset -= 1) {
    if (isRung(ladder, offset)) return offset;
    // Before the earliest rung there is nothing more to find.
    if (offset <= -Math.max(0, ...ladder.daysBefore)) return null;
  }
  return null;
}

/** The next rung after `today` (for the screen: "nhắc tiếp theo"), or null when the ladder has none left. */
export function nextReminderRung(ladder: ReminderLadder, facts: { today: LocalDate; effectiveDue: LocalDate }): { rung: ReminderRung; date: LocalDate } | null {
  const from = daysBetween(facts.effectiveDue, facts.today) + 1;
  const last = ladder.repeatEveryDays !== null ? Math.max(from, 0) + ladder.repeatEveryDays : 0;
  for (let offset = from; offset <= last; offset += 1) {
    if (isRung(ladder, offset)) return { rung: offset, date: rungDate(facts.effectiveDue, offset) };
  }
  return null;
}

/** Overdue rungs (after the due date) also go to the unit's head and, as one digest, to the office. */
export function isOverdueRung(rung: ReminderRung): boolean {
  return rung > 0;
}

/** The ladder as stored: days before sorted from the furthest, listed once. */
export function normalizeReminderLadder(ladder: ReminderLadder): ReminderLadder {
  return { ...ladder, daysBefore: [...new Set(ladder.daysBefore)].sort((a, b) => b - a) };
}

/** Every wrong field of a ladder at once, as the API answers them (field paths under `prefix`). */
export function reminderLadderProblems(ladder: unknown, prefix = ''): FieldError[] {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const problems: FieldError[] = [];
  if (typeof ladder !== 'object' || ladder === null) return [{ field: prefix || 'ladder', constraints: { isObject: 'A reminder ladder is required.' } }];
  const { daysBefore, onDueDay, repeatEveryDays } = ladder as Record<string, unknown>;
  const { maxDaysBefore, maxRungsBefore, maxRepeatEveryDays } = REMINDER_LADDER_LIMITS;
  if (!Array.isArray(daysBefore)) {
    problems.push({ field: at('daysBefore'), constraints: { isArray: 'A list of days before the due date (it may be empty).' } });
  } else {
    if (daysBefore.length > maxRungsBefore) problems.push({ field: at('daysBefore'), constraints: { maxLength: `At most ${maxRungsBefore} reminders before the due date.` } });
    const seen = new Set<unknown>();
    daysBefore.forEach((d, i) => {
      if (!Number.isInteger(d) || (d as number) < 1 || (d as number) > maxDaysBefore) {
        problems.push({ field: at(`daysBefore.${i}`), constraints: { range: `A whole number of days from 1 to ${maxDaysBefore}.` } });
      } else if (seen.has(d)) {
        problems.push({ field: at(`daysBefore.${i}`), constraints: { unique: 'Listed twice.' } });
      }
      seen.add(d);
    });
  }
  if (typeof onDueDay !== 'boolean') problems.push({ field: at('onDueDay'), constraints: { isBoolean: 'Must be true or false.' } });
  if (repeatEveryDays !== null && (!Number.isInteger(repeatEveryDays) || (repeatEveryDays as number) < 1 || (repeatEveryDays as number) > maxRepeatEveryDays)) {
    problems.push({ field: at('repeatEveryDays'), constraints: { range: `A whole number of days from 1 to ${maxRepeatEveryDays}, or null for no repeat.` } });
  }
  return problems;
}
