import type { FieldError } from '../api/api.types.js';
import { DEFAULT_REMINDER_LADDER, normalizeReminderLadder, reminderLadderProblems, type ReminderLadder } from '../reminders/reminder-ladder.js';
import { SUMMARY_STYLES, type SummaryStyle } from '../summaries/document-format.js';
import { normalizePlainLine, plainLineProblems } from './plain-line.js';

/**
 * The committee's own settings, kept by the administrator: what the header of its documents prints
 * (issuing body, the parent body of each style), the place the date line names, the style a new
 * summary starts in, its signer and its recipients. A new summary copies them (defaultSummarySettings);
 * a summary already made keeps what it copied.
 *
 * One flat record, so that a later group of settings (mail, reminders) is a few more fields and
 * columns, not a new shape.
 */
export interface CommitteeSettings {
  /** The committee's name as the header prints it: "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI". */
  issuingBody: string;
  /** Superior body in Party documents (Hướng dẫn 36): "TỈNH ỦY QUẢNG NINH". */
  partyParentBody: string;
  /** Superior body in state documents (Nghị định 30): "UBND TỈNH QUẢNG NINH". */
  stateParentBody: string;
  /** Signing line in Party documents: "T/M BAN CHỈ ĐẠO". */
  partySignerAuthority: string;
  /** Signing line in state documents: "TM. BAN CHỈ ĐẠO". */
  stateSignerAuthority: string;
  /** "TRƯỞNG BAN". */
  signerTitle: string;
  /** Null leaves the document a dotted place for the name. */
  signerName: string | null;
  /** The place of the date line: "Quảng Ninh, ngày … tháng … năm …". */
  place: string;
  defaultStyle: SummaryStyle;
  /** "Nơi nhận" lines without their dash; the last is usually "Lưu: VT, …". */
  recipients: string[];
  /** The reminder ladder a new period starts with; the office changes it per period. */
  reminderLadder: ReminderLadder;
}

/** What GET /api/settings answers: the settings, and who changed them last. */
export interface CommitteeSettingsView extends CommitteeSettings {
  updatedAt: string;
  /** Null while the settings are as the installation shipped them. */
  updatedByName: string | null;
}

/** PUT /api/settings: the fields to change; those left out keep their value. */
export type UpdateCommitteeSettingsRequest = Partial<CommitteeSettings>;

export const COMMITTEE_SETTING_FIELDS = [
  'issuingBody',
  'partyParentBody',
  'stateParentBody',
  'partySignerAuthority',
  'stateSignerAuthority',
  'signerTitle',
  'signerName',
  'place',
  'defaultStyle',
  'recipients',
  'reminderLadder',
] as const satisfies readonly (keyof CommitteeSettings)[];
export type CommitteeSettingField = (typeof COMMITTEE_SETTING_FIELDS)[number];

/** The text fields, each one line. The bounds are those a summary's own settings take (SummarySettingsRequest). */
export const COMMITTEE_SETTING_MAX_LENGTH = {
  issuingBody: 200,
  partyParentBody: 200,
  stateParentBody: 200,
  partySignerAuthority: 100,
  stateSignerAuthority: 100,
  signerTitle: 100,
  signerName: 100,
  place: 100,
} as const satisfies Partial<Record<CommitteeSettingField, number>>;
type LineField = keyof typeof COMMITTEE_SETTING_MAX_LENGTH;

export const RECIPIENTS_MAX_LINES = 30;
export const RECIPIENT_MAX_LENGTH = 300;

/**
 * What the installation ships with — the Quảng Ninh committee of the seed document. The migration
 * that creates the settings writes these same values, so documents made before the settings
 * existed and after read the same.
 */
export const COMMITTEE_SETTINGS_SEED: CommitteeSettings = {
  issuingBody: 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI',
  partyParentBody: 'TỈNH ỦY QUẢNG NINH',
  stateParentBody: 'UBND TỈNH QUẢNG NINH',
  partySignerAuthority: 'T/M BAN CHỈ ĐẠO',
  stateSignerAuthority: 'TM. BAN CHỈ ĐẠO',
  signerTitle: 'TRƯỞNG BAN',
  signerName: null,
  place: 'Quảng Ninh',
  defaultStyle: 'party',
  recipients: [
    'Ban Chỉ đạo Công tác thông tin đối ngoại Trung ương (b/c)',
    'Thường trực Tỉnh ủy (b/c)',
    'Ban Tuyên giáo Trung ương (b/c)',
    'Các đồng chí thành viên Ban Chỉ đạo',
    'Các cơ quan, đơn vị thành viên',
    'Lưu: VT, BCĐ',
  ],
  reminderLadder: DEFAULT_REMINDER_LADDER,
};

/** A recipient line as stored: normalised, without the dash before it or the ";" / "." after it (the document adds them). */
export function normalizeRecipient(value: string): string {
  return normalizePlainLine(value).replace(/^[-–•+]\s*/, '').replace(/[\s;,.]+$/, '');
}

/**
 * The recipients as stored: a list of lines (or one text, a line each, as a form's text area holds
 * them), each normalised, empty lines dropped. Anything else is returned as it is.
 */
export function normalizeRecipients(value: unknown): unknown {
  const lines = typeof value === 'string' ? value.split(/\r\n|\r|\n/) : value;
  if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) return value;
  return lines.map(normalizeRecipient).filter(Boolean);
}

/**
 * A valid ladder as stored: its three fields only, days before from the furthest. An invalid one
 * is returned as it is, so that its problems name the days as they were given.
 */
function normalizeLadderSetting(value: unknown): unknown {
  if (reminderLadderProblems(value).length) return value;
  const { daysBefore, onDueDay, repeatEveryDays } = value as ReminderLadder;
  return normalizeReminderLadder({ daysBefore, onDueDay, repeatEveryDays });
}

/** The value of one field as stored (one line, see normalizePlainLine; an empty signer name is none). */
export function normalizeCommitteeSetting(field: CommitteeSettingField, value: unknown): unknown {
  if (field === 'recipients') return normalizeRecipients(value);
  if (field === 'reminderLadder') return normalizeLadderSetting(value);
  if (field === 'defaultStyle') return value;
  const line = normalizePlainLine(value);
  return field === 'signerName' && line === '' ? null : line;
}

export function normalizeCommitteeSettings(settings: CommitteeSettings): CommitteeSettings {
  const normalized = { ...settings } as Record<CommitteeSettingField, unknown>;
  for (const field of COMMITTEE_SETTING_FIELDS) normalized[field] = normalizeCommitteeSetting(field, settings[field]);
  return normalized as unknown as CommitteeSettings;
}

/**
 * What is wrong with one field's (normalised) value: constraint name → message, empty when
 * nothing is. The same rule for the API's edge and the administrator's form.
 */
export function committeeSettingProblems(field: CommitteeSettingField, value: unknown): Record<string, string> {
  if (field === 'reminderLadder') return Object.assign({}, ...reminderLadderProblems(value).map((p) => p.constraints)) as Record<string, string>;
  if (field === 'defaultStyle') {
    return (SUMMARY_STYLES as readonly unknown[]).includes(value) ? {} : { isIn: `defaultStyle must be one of ${SUMMARY_STYLES.join(', ')}` };
  }
  if (field === 'recipients') {
    if (!Array.isArray(value)) return { isArray: 'recipients must be a list of lines' };
    const problems: Record<string, string> = {};
    if (value.length === 0) problems.arrayMinSize = 'recipients must have at least one line';
    if (value.length > RECIPIENTS_MAX_LINES) problems.arrayMaxSize = `recipients must have at most ${RECIPIENTS_MAX_LINES} lines`;
    value.forEach((line: unknown, index) => {
      if (typeof line !== 'string') {
        problems.isString ??= `recipients line ${index + 1} must be text`;
        return;
      }
      for (const [rule, message] of Object.entries(plainLineProblems(`recipients line ${index + 1}`, line, RECIPIENT_MAX_LENGTH))) problems[rule] ??= message;
    });
    return problems;
  }
  if (field === 'signerName' && value === null) return {};
  if (typeof value !== 'string') return { isString: `${field} must be text` };
  return plainLineProblems(field, value, COMMITTEE_SETTING_MAX_LENGTH[field as LineField]);
}

/**
 * Every field's problems, as the API's 422 details: the fields given (all of them for a whole
 * record). The ladder's are named down to the day (`reminderLadder.daysBefore.1`).
 */
export function validateCommitteeSettings(settings: Partial<Record<CommitteeSettingField, unknown>>): FieldError[] {
  return COMMITTEE_SETTING_FIELDS.filter((field) => field in settings).flatMap((field) => {
    if (field === 'reminderLadder') return reminderLadderProblems(settings[field], field);
    const constraints = committeeSettingProblems(field, settings[field]);
    return Object.keys(constraints).length ? [{ field, constraints }] : [];
  });
}

/** JSON with object keys in one order: a ladder read back from jsonb lists its keys in another. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** The fields whose values differ, with both values: what the audit trail keeps of a change. */
export function committeeSettingsChanges(
  before: CommitteeSettings,
  after: CommitteeSettings,
): { before: Partial<CommitteeSettings>; after: Partial<CommitteeSettings> } {
  const changed = COMMITTEE_SETTING_FIELDS.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
  const pick = (source: CommitteeSettings) => Object.fromEntries(changed.map((field) => [field, source[field]])) as Partial<CommitteeSettings>;
  return { before: pick(before), after: pick(after) };
}
