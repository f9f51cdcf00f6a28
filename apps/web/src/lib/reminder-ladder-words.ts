import { normalizeReminderLadder, REMINDER_LADDER_LIMITS, type FieldError, type ReminderLadder } from '@giao-ban/shared';
import type { TFunction } from 'i18next';
import { intlLocale } from './i18n';

/**
 * The schedule in one plain sentence, days before from the furthest: "Nhắc trước hạn 7, 3 và 1 ngày; vào ngày đến hạn; sau hạn
 * nhắc lại mỗi 3 ngày." Parts the ladder leaves out are left out of the sentence.
 */
export function describeReminderLadder(ladder: ReminderLadder, t: TFunction): string {
  const parts: string[] = [];
  const days = normalizeReminderLadder(ladder).daysBefore;
  if (days.length > 0) {
    const list = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(days.map(String));
    // "1 day" alone, "7, 3 and 1 days" for a list
    parts.push(t('reminders.ladder.sentence.before', { days: list, count: days.length === 1 ? days[0] : days.length }));
  }
  if (ladder.onDueDay) parts.push(t(parts.length === 0 ? 'reminders.ladder.sentence.onDueDayFirst' : 'reminders.ladder.sentence.onDueDay'));
  if (ladder.repeatEveryDays !== null) parts.push(t('reminders.ladder.sentence.repeat', { count: ladder.repeatEveryDays }));
  if (parts.length === 0) return t('reminders.ladder.sentence.none');
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toLocaleUpperCase(intlLocale())}${sentence.slice(1)}.`;
}

/** Where a ladder problem shows in the form. */
export type LadderField = 'daysBefore' | 'onDueDay' | 'repeatEveryDays';

/**
 * The ladder's problems (from reminderLadderProblems, or the API's 422 under `prefix.`: `ladder`
 * for a period's, `reminderLadder` for the committee's default) as sentences per form field; a
 * wrong day before is named as it was typed (`daysBefore`, by index).
 */
export function ladderProblemMessages(
  problems: FieldError[],
  daysBefore: readonly (string | number)[],
  t: TFunction,
  prefix = 'ladder',
): Partial<Record<LadderField, string[]>> {
  const messages: Partial<Record<LadderField, string[]>> = {};
  const add = (field: LadderField, message: string) => {
    const list = (messages[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const problem of problems) {
    const [field, index] = (problem.field.startsWith(`${prefix}.`) ? problem.field.slice(prefix.length + 1) : problem.field).split('.');
    if (field === 'daysBefore' && index !== undefined) {
      const value = daysBefore[Number(index)];
      const twice = 'unique' in problem.constraints;
      add('daysBefore', t(twice ? 'reminders.ladder.errors.dayTwice' : 'reminders.ladder.errors.dayRange', { value: value ?? '', max: REMINDER_LADDER_LIMITS.maxDaysBefore }));
    } else if (field === 'daysBefore') {
      add('daysBefore', t('reminders.ladder.errors.tooMany', { max: REMINDER_LADDER_LIMITS.maxRungsBefore }));
    } else if (field === 'repeatEveryDays') {
      add('repeatEveryDays', t('reminders.ladder.errors.repeatRange', { max: REMINDER_LADDER_LIMITS.maxRepeatEveryDays }));
    } else {
      add('onDueDay', t('reminders.ladder.errors.invalid'));
    }
  }
  return messages;
}
