import {
  COMMITTEE_SETTING_FIELDS,
  COMMITTEE_SETTING_MAX_LENGTH,
  HOLIDAY_NAME_MAX_LENGTH,
  RECIPIENT_MAX_LENGTH,
  RECIPIENTS_MAX_LINES,
  committeeSettingProblems,
  normalizeCommitteeSetting,
  type CommitteeSettingField,
  type CommitteeSettings,
  type FieldError,
  type PublicHoliday,
  type SummaryStyle,
  type UpdateCommitteeSettingsRequest,
} from '@giao-ban/shared';
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';

/** What the committee's documents are headed and signed with; the reminder ladder has a card of its own. */
type DocumentField = Exclude<CommitteeSettingField, 'reminderLadder'>;
const DOCUMENT_FIELDS = COMMITTEE_SETTING_FIELDS.filter((field): field is DocumentField => field !== 'reminderLadder');

/** The form's values: the recipients are one text, a line each, as the document lists them. */
export type CommitteeSettingsFormValues = Omit<CommitteeSettings, 'signerName' | 'recipients' | 'defaultStyle' | 'reminderLadder'> & {
  signerName: string;
  recipients: string;
  defaultStyle: SummaryStyle;
};

export function toFormValues({ reminderLadder: _ladder, ...settings }: CommitteeSettings): CommitteeSettingsFormValues {
  return { ...settings, signerName: settings.signerName ?? '', recipients: settings.recipients.join('\n') };
}

/** A form value as the API stores it (libs/shared's normalisation: one line, trimmed; recipients a line each). */
const storedValue = (field: CommitteeSettingField, value: unknown) => normalizeCommitteeSetting(field, value);

/** Only the fields that differ, as they will be stored: an edit made meanwhile by someone else keeps its other fields. */
export function toUpdateRequest(current: CommitteeSettings, values: CommitteeSettingsFormValues): UpdateCommitteeSettingsRequest {
  const body: Record<string, unknown> = {};
  for (const field of DOCUMENT_FIELDS) {
    const next = storedValue(field, values[field]);
    if (JSON.stringify(next) !== JSON.stringify(current[field])) body[field] = next;
  }
  return body as UpdateCommitteeSettingsRequest;
}

/** The user's words for a broken rule of a committee setting (the API's messages are English, for developers). */
export function settingProblemMessage(field: CommitteeSettingField, rule: string, t: TFunction): string {
  switch (rule) {
    case 'required':
      return field === 'recipients' ? t('settings.errors.recipientLineEmpty') : t('settings.errors.required');
    case 'arrayMinSize':
      return t('settings.errors.recipientsRequired');
    case 'arrayMaxSize':
      return t('settings.errors.recipientsTooMany', { max: RECIPIENTS_MAX_LINES });
    case 'maxLength':
      return field === 'recipients'
        ? t('settings.errors.recipientTooLong', { max: RECIPIENT_MAX_LENGTH })
        : t('settings.errors.tooLong', { max: COMMITTEE_SETTING_MAX_LENGTH[field as keyof typeof COMMITTEE_SETTING_MAX_LENGTH] });
    case 'plainLine':
      return field === 'recipients' ? t('settings.errors.recipientPlainLine') : t('settings.errors.plainLine');
    case 'isIn':
      return t('settings.errors.style');
    default:
      return t('settings.errors.invalid');
  }
}

/** The form's rule for a field: libs/shared's, on the value as it will be stored. */
export function settingRule(field: CommitteeSettingField, t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const [first] = Object.keys(committeeSettingProblems(field, storedValue(field, value ?? '')));
      if (first) throw new Error(settingProblemMessage(field, first, t));
    },
  };
}

const isDocumentField = (field: string): field is DocumentField => (DOCUMENT_FIELDS as readonly string[]).includes(field);

/** A 422's field details as antd field errors; details about other fields are left out. */
export function settingFieldErrors(details: FieldError[], t: TFunction): { name: DocumentField; errors: string[] }[] {
  return details
    .filter((d): d is FieldError & { field: DocumentField } => isDocumentField(d.field))
    .map((d) => ({ name: d.field, errors: Object.keys(d.constraints).slice(0, 1).map((rule) => settingProblemMessage(d.field, rule, t)) }));
}

// ——— holidays ———

export interface HolidayRow {
  date: Dayjs | null;
  name: string;
}

export interface HolidaysFormValues {
  holidays: HolidayRow[];
}

export function toHolidayRequest(rows: HolidayRow[]): PublicHoliday[] {
  return rows.map((row) => ({ date: row.date ? row.date.format('YYYY-MM-DD') : '', name: row.name ?? '' }));
}

function holidayProblemMessage(part: string, rule: string, year: number, t: TFunction): string {
  if (part === 'date') {
    if (rule === 'inYear') return t('settings.holidays.errors.inYear', { year });
    if (rule === 'unique') return t('settings.holidays.errors.unique');
    return t('settings.holidays.errors.date');
  }
  if (rule === 'maxLength') return t('settings.errors.tooLong', { max: HOLIDAY_NAME_MAX_LENGTH });
  if (rule === 'plainLine') return t('settings.errors.plainLine');
  return t('settings.holidays.errors.name');
}

/**
 * `holidays.3.date` (from libs/shared's validateHolidayYear or the API's 422) as the form's field
 * ['holidays', 3, 'date'] with the user's words; details about anything else are left out.
 */
export function holidayFieldErrors(details: FieldError[], year: number, t: TFunction): { name: ['holidays', number, 'date' | 'name']; errors: string[] }[] {
  return details.flatMap((d) => {
    const match = /^holidays\.(\d+)\.(date|name)$/.exec(d.field);
    if (!match) return [];
    const part = match[2] as 'date' | 'name';
    const [rule] = Object.keys(d.constraints);
    return [{ name: ['holidays', Number(match[1]), part] as ['holidays', number, 'date' | 'name'], errors: [holidayProblemMessage(part, rule ?? '', year, t)] }];
  });
}
