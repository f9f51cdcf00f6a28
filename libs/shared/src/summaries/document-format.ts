import { formatLocalDateVi, parseLocalDate } from '../deadlines/local-date.js';
import type { LocalDate, PeriodKind } from '../periods/period.types.js';
import type { CommitteeSettings } from '../settings/committee-settings.js';

/**
 * The two layouts of an exported summary (DOCUMENT-FORMAT.md): Party documents (Hướng dẫn
 * 36-HD/VPTW) — the default, since the committee is led by Ban Tuyên giáo Tỉnh ủy — and state
 * documents (Nghị định 30/2020/NĐ-CP).
 */
export const SUMMARY_STYLES = ['party', 'state'] as const;
export type SummaryStyle = (typeof SUMMARY_STYLES)[number];

/** What the header, signature block and recipients of the exported summary say. */
export interface SummarySettings {
  style: SummaryStyle;
  /** Number and symbol, e.g. "12-BC/BCĐ" (Party) or "05/BC-BCĐ" (state); null until given. */
  number: string | null;
  /** Date of the document; null until given (the export leaves blanks). */
  date: LocalDate | null;
  place: string;
  /** Trích yếu, e.g. "Kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021". */
  subject: string;
  /** Superior body, e.g. "TỈNH ỦY QUẢNG NINH" (Party) or "UBND TỈNH QUẢNG NINH" (state). */
  parentBody: string;
  /** Issuing body, e.g. "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI". */
  issuingBody: string;
  /** Signing authority, e.g. "T/M BAN CHỈ ĐẠO" (Party) or "TM. BAN CHỈ ĐẠO" (state). */
  signerAuthority: string;
  signerTitle: string;
  /** Null leaves a dotted placeholder for the name. */
  signerName: string | null;
  /** Recipient lines without the leading dash; the last is "Lưu: VT, …" (added when missing). */
  recipients: string[];
}

/** The parts of a summary's settings that follow from the style: the committee's header and signing line for it. */
export function styleDefaults(
  style: SummaryStyle,
  committee: CommitteeSettings,
): Pick<SummarySettings, 'parentBody' | 'issuingBody' | 'signerAuthority' | 'signerTitle'> {
  return {
    parentBody: style === 'party' ? committee.partyParentBody : committee.stateParentBody,
    issuingBody: committee.issuingBody,
    signerAuthority: style === 'party' ? committee.partySignerAuthority : committee.stateSignerAuthority,
    signerTitle: committee.signerTitle,
  };
}

/** A new summary's settings: the committee's (kept by the administrator), in its default style unless another is asked. */
export function defaultSummarySettings(
  period: { kind: PeriodKind; year: number; sequence: number | null; title: string },
  committee: CommitteeSettings,
  style: SummaryStyle = committee.defaultStyle,
): SummarySettings {
  return {
    style,
    number: null,
    date: null,
    place: committee.place,
    subject: summarySubject(period),
    ...styleDefaults(style, committee),
    signerName: committee.signerName,
    recipients: [...committee.recipients],
  };
}

/** The span of the period as a report's subject names it: "6 tháng cuối năm 2021", "quý III năm 2022"… */
export function periodSpanVi(period: { kind: PeriodKind; year: number; sequence: number | null; title: string }): string {
  switch (period.kind) {
    case 'half_year':
      return `6 tháng ${period.sequence === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'quarter':
      return `quý ${romanNumeral(period.sequence ?? 0)} năm ${period.year}`;
    case 'month':
      return `tháng ${period.sequence} năm ${period.year}`;
    case 'year':
      return `năm ${period.year}`;
    case 'ad_hoc':
    default: {
      const rest = period.title.replace(/^báo cáo\s+/i, '').trim();
      return rest ? rest.charAt(0).toLocaleLowerCase('vi') + rest.slice(1) : `năm ${period.year}`;
    }
  }
}

/** "Kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021". */
export function summarySubject(period: { kind: PeriodKind; year: number; sequence: number | null; title: string }): string {
  return `Kết quả công tác thông tin đối ngoại ${periodSpanVi(period)}`;
}

/**
 * "Quảng Ninh, ngày 05 tháng 01 năm 2022": a leading zero for days 1–9 and for months 1 and 2
 * only (Nghị định 30, Phụ lục I) — "ngày 15 tháng 3 năm 2022". Without a date, blanks to fill by hand.
 */
export function formatPlaceDate(place: string, date: LocalDate | null, fallbackYear?: number): string {
  if (!date) return `${place}, ngày      tháng      năm ${fallbackYear ?? '      '}`;
  const { year, month, day } = parseLocalDate(date);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

const STATE_NUMBER = /^(\d{1,4})\/([A-ZĐ]{1,10}-[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)$/u;
const PARTY_NUMBER = /^(\d{1,4})-([A-ZĐ]{1,10}\/[A-ZĐ0-9]+(?:[/-][A-ZĐ0-9]+)*)$/u;

/**
 * The number and symbol as the style writes them, or null when they are not a document number.
 * State: "05/BC-BCĐ" (a leading zero under 10). Party: "12-BC/BCĐ" (hyphen before the type, slash
 * before the body). A number typed in the other style's form is rewritten in this one, so switching
 * the style keeps the number: "5-BC/BCĐ" ⇄ "05/BC-BCĐ".
 */
export function normalizeDocumentNumber(style: SummaryStyle, raw: string): string | null {
  const value = raw.trim().replace(/\s+/g, '').toLocaleUpperCase('vi');
  const state = STATE_NUMBER.exec(value);
  const party = state ? null : PARTY_NUMBER.exec(value);
  const match = state ?? party;
  if (!match) return null;
  const number = Number(match[1]);
  if (number < 1) return null;
  // "BC-BCĐ" (state) and "BC/BCĐ" (Party): the type, then the issuing body's symbol.
  const [type, ...body] = match[2]!.split(state ? '-' : '/');
  const symbol = body.join(state ? '-' : '/');
  return style === 'state' ? `${String(number).padStart(2, '0')}/${type}-${symbol}` : `${number}-${type}/${symbol}`;
}

/** An example of a well-formed number, for messages. */
export const DOCUMENT_NUMBER_EXAMPLE: Record<SummaryStyle, string> = { party: '12-BC/BCĐ', state: '05/BC-BCĐ' };

/** "Số 12-BC/BCĐ" (Party: no colon) or "Số: 05/BC-BCĐ" (state); blanks before the symbol while unnumbered. */
export function numberLine(style: SummaryStyle, number: string | null): string {
  if (style === 'party') return number ? `Số ${number}` : 'Số       -BC/BCĐ';
  return number ? `Số: ${number}` : 'Số:       /BC-BCĐ';
}

/**
 * The "Nơi nhận:" lines: "- X;" each, the last "- Lưu: VT, …." — a "Lưu: VT" line is added
 * when the list has none, and moved to the end when it is elsewhere.
 */
export function recipientLines(recipients: string[]): string[] {
  const clean = recipients.map((r) => r.trim().replace(/^[-–•+]\s*/, '').replace(/[;,.]+$/, '')).filter(Boolean);
  const isFiling = (r: string) => /^lưu\b/iu.test(r);
  const filing = clean.filter(isFiling);
  const others = clean.filter((r) => !isFiling(r));
  const last = filing[0] ?? 'Lưu: VT';
  return [...others.map((r) => `- ${r};`), `- ${last}.`];
}

/** First letter in capitals, the rest as written (task group titles start in lower case). */
export function capitalizeFirst(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1);
}

/** "1. Tập trung thực hiện tốt công tác thông tin đối ngoại…" */
export function taskGroupHeading(ordinal: number, title: string): string {
  return `${ordinal}. ${capitalizeFirst(title)}`;
}

/** Vietnamese number format: "1.234", "12,5". */
export function formatNumberVi(value: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(2).replace(/\.?0+$/, '').split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

const ROMAN_VALUES: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 4 → "IV", 12 → "XII". */
export function romanNumeral(value: number): string {
  let left = value;
  let out = '';
  for (const [n, letters] of ROMAN_VALUES) {
    while (left >= n) {
      out += letters;
      left -= n;
    }
  }
  return out;
}

/**
 * The heading word of annex `index` (1-based) of `count`: "Phụ lục I", "Phụ lục II"… when there are
 * two or more, "Phụ lục" alone when there is one (Nghị định 30, Phụ lục I: annexes numbered in Roman
 * numerals). The .docx and the .xlsx both name the annexes so.
 */
export function annexLabel(index: number, count: number): string {
  return count >= 2 ? `Phụ lục ${romanNumeral(index)}` : 'Phụ lục';
}

/**
 * A date written inside the text (not the place-and-date line): Party documents (Hướng dẫn 36)
 * write "24-12-2021", state documents "24/12/2021".
 */
export function formatTextDate(style: SummaryStyle, date: LocalDate): string {
  const written = formatLocalDateVi(date);
  return style === 'party' ? written.replace(/\//g, '-') : written;
}

/**
 * The subject line under "BÁO CÁO". Hướng dẫn 36 writes a Party document's trích yếu in lower case,
 * continuing the document type ("BÁO CÁO / kết quả công tác thông tin đối ngoại…"); Nghị định 30's
 * starts with a capital.
 */
export function subjectLineText(style: SummaryStyle, subject: string): string {
  const trimmed = subject.trim();
  if (style === 'state') return capitalizeFirst(trimmed);
  return trimmed.charAt(0).toLocaleLowerCase('vi') + trimmed.slice(1);
}

/** What the annexes' caption says: "(Kèm theo Báo cáo số 12-BC/BCĐ ngày 24-12-2021 của Ban Chỉ đạo…)". */
export function annexCaption(settings: Pick<SummarySettings, 'style' | 'number' | 'date'>): string {
  const by = settings.number ? `Báo cáo số ${settings.number}${settings.date ? ` ngày ${formatTextDate(settings.style, settings.date)}` : ''}` : 'Báo cáo';
  return `(Kèm theo ${by} của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh)`;
}
