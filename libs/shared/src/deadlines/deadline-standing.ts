import type { LocalDate } from '../periods/period.types.js';
import type { SubmissionStatus } from '../reports/report.types.js';
import { submissionTermWording, type TermLocale } from '../reports/submission-terms.js';
import { daysBetween, formatLocalDateVi, toLocalDate } from './local-date.js';
import { isSubmittedOnTime } from './timeliness.js';

export const DEADLINE_STANDING_KINDS = ['due_in', 'due_today', 'overdue', 'submitted_on_time', 'submitted_late'] as const;
export type DeadlineStandingKind = (typeof DEADLINE_STANDING_KINDS)[number];

/**
 * Where a unit's report stands against its effective due date, in Vietnam's calendar: days left,
 * due today, or overdue since the due date while it has not been sent; on time or so many days late
 * once its first submission came (a returned and resubmitted report keeps its first timeliness).
 */
export type DeadlineStanding =
  | { kind: 'due_in'; dueDate: LocalDate; daysLeft: number }
  | { kind: 'due_today'; dueDate: LocalDate }
  | { kind: 'overdue'; dueDate: LocalDate; daysLate: number }
  | { kind: 'submitted_on_time'; dueDate: LocalDate }
  | { kind: 'submitted_late'; dueDate: LocalDate; daysLate: number };

/**
 * `today` is the local date in Asia/Ho_Chi_Minh (`toLocalDate(now)`); `submittedAt` the first
 * submission's instant. A report is late from 00:00 of the day after its due date, so it is
 * one day late then, and overdue from that day while missing.
 */
export function deadlineStanding(today: LocalDate, effectiveDue: LocalDate, submittedAt?: Date | string | null): DeadlineStanding {
  if (submittedAt) {
    const at = typeof submittedAt === 'string' ? new Date(submittedAt) : submittedAt;
    if (isSubmittedOnTime(at, effectiveDue)) return { kind: 'submitted_on_time', dueDate: effectiveDue };
    return { kind: 'submitted_late', dueDate: effectiveDue, daysLate: daysBetween(effectiveDue, toLocalDate(at)) };
  }
  const left = daysBetween(today, effectiveDue);
  if (left > 0) return { kind: 'due_in', dueDate: effectiveDue, daysLeft: left };
  if (left === 0) return { kind: 'due_today', dueDate: effectiveDue };
  return { kind: 'overdue', dueDate: effectiveDue, daysLate: -left };
}

export type DeadlineLocale = TermLocale;

const WORDING: Record<DeadlineLocale, { [K in DeadlineStandingKind]: (s: Extract<DeadlineStanding, { kind: K }>) => string }> = {
  vi: {
    due_in: (s) => `còn ${s.daysLeft} ngày`,
    due_today: () => 'hạn hôm nay',
    overdue: (s) => `quá hạn từ ${formatLocalDateVi(s.dueDate)}`,
    submitted_on_time: () => 'đúng hạn',
    submitted_late: (s) => `gửi trễ ${s.daysLate} ngày`,
  },
  en: {
    due_in: (s) => (s.daysLeft === 1 ? '1 day left' : `${s.daysLeft} days left`),
    due_today: () => 'due today',
    overdue: (s) => `overdue since ${formatLocalDateVi(s.dueDate)}`,
    submitted_on_time: () => 'on time',
    submitted_late: (s) => (s.daysLate === 1 ? '1 day late' : `${s.daysLate} days late`),
  },
};

/**
 * The standing in words: "Còn 3 ngày", "Hạn hôm nay", "Quá hạn từ 17/12/2021", "Đúng hạn",
 * "Gửi trễ 2 ngày" (and in English). An overdue report names its due date rather than a count of
 * days, which grows to four digits on an old period. `inline` leaves the first letter small, for
 * use inside a sentence or parentheses.
 */
export function deadlineWording(standing: DeadlineStanding, locale: DeadlineLocale, options: { inline?: boolean } = {}): string {
  const text = (WORDING[locale][standing.kind] as (s: DeadlineStanding) => string)(standing);
  return options.inline ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

const NOT_SENT_SINCE: Record<DeadlineLocale, string> = {
  vi: 'Chưa gửi ({{standing}})',
  en: 'Not submitted ({{standing}})',
};

/**
 * A unit's submission as a document records it at a moment (the summary's annex): "Đúng hạn",
 * "Gửi trễ 3 ngày", "Chưa gửi (quá hạn từ 17/12/2021)", "Chưa gửi (chưa đến hạn)" — without a
 * countdown, which would be stale the day after. `daysLate` is that of the first submission.
 * The words are the screen's (submission-terms.ts), with the days late and the due date missed
 * added, since paper cannot be asked for them.
 */
export function submissionWording(
  unit: { submissionStatus: SubmissionStatus; effectiveDueDate: LocalDate; daysLate: number | null },
  locale: DeadlineLocale,
): string {
  const dueDate = unit.effectiveDueDate;
  switch (unit.submissionStatus) {
    case 'on_time':
      return submissionTermWording('on_time', locale);
    case 'late':
      return deadlineWording({ kind: 'submitted_late', dueDate, daysLate: Math.max(1, unit.daysLate ?? 1) }, locale);
    case 'missing_overdue':
      return NOT_SENT_SINCE[locale].replace('{{standing}}', deadlineWording({ kind: 'overdue', dueDate, daysLate: unit.daysLate ?? 1 }, locale, { inline: true }));
    case 'missing_not_due':
      return submissionTermWording('missing_not_due', locale);
  }
}

/** A due date has passed once its day is over: a report due today can still be on time. */
export function isPastDue(today: LocalDate, dueDate: LocalDate): boolean {
  return dueDate < today;
}

/**
 * The units that would be overdue the moment the period opens: those whose own due date, or the
 * period's when they have none, has passed. Opening (or creating) such a period needs the office's
 * explicit confirmation.
 */
export function pastDueUnits(
  today: LocalDate,
  periodDueDate: LocalDate,
  units: readonly { agencyId: string; unitDueDate: LocalDate | null }[],
): { agencyId: string; dueDate: LocalDate }[] {
  return units
    .map((u) => ({ agencyId: u.agencyId, dueDate: u.unitDueDate ?? periodDueDate }))
    .filter((u) => isPastDue(today, u.dueDate));
}
