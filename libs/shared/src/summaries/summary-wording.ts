import type { PeriodKind } from '../periods/period.types.js';
import { formatNumberVi, periodSpanVi, romanNumeral } from './document-format.js';
import type { StatusCounts } from './indicator-aggregation.js';
import { SUMMARY_PART_TITLES_VI, type SummaryGeneralSectionKey, type SummaryPart } from './summary.types.js';

/**
 * How the compiled summary words things in the committee's own voice: the part headings, each
 * task group's lead sentence built from the figures, a unit's result as prose that opens with the
 * unit's name, and the starting text of the sections the office writes itself (II–IV).
 */

export type PeriodNaming = { kind: PeriodKind; year: number; sequence: number | null; title: string };

/** The period after this one, as a heading names it ("6 tháng đầu năm 2022"); null for an ad-hoc period. */
export function nextPeriodSpanVi(period: PeriodNaming): string | null {
  const { kind, year } = period;
  const sequence = period.sequence ?? 1;
  switch (kind) {
    case 'half_year':
      return periodSpanVi({ ...period, sequence: sequence === 1 ? 2 : 1, year: sequence === 1 ? year : year + 1 });
    case 'quarter':
      return sequence < 4 ? `quý ${romanNumeral(sequence + 1)} năm ${year}` : `quý I năm ${year + 1}`;
    case 'month':
      return sequence < 12 ? `tháng ${sequence + 1} năm ${year}` : `tháng 1 năm ${year + 1}`;
    case 'year':
      return `năm ${year + 1}`;
    default:
      return null;
  }
}

/** A part's heading: part III names the next period ("NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2022"). */
export function summaryPartTitle(part: Exclude<SummaryPart, 'opening' | 'closing'>, period: PeriodNaming): string {
  if (part !== 'III') return SUMMARY_PART_TITLES_VI[part];
  const next = nextPeriodSpanVi(period);
  return next ? `NHIỆM VỤ TRỌNG TÂM ${next.toLocaleUpperCase('vi')}` : SUMMARY_PART_TITLES_VI.III;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** One indicator's total as a clause: "tin, bài quảng bá đạt 120 tin/bài (bằng 60% chỉ tiêu 200 tin/bài)". */
export function indicatorClause(
  indicator: { name: string; unit: string; aggregation: 'sum' | 'max'; target: number | null },
  total: number,
): string {
  const name = lowerFirst(indicator.name);
  const value = `${formatNumberVi(total)} ${indicator.unit}`;
  const target =
    indicator.target !== null && indicator.target > 0
      ? ` (bằng ${formatNumberVi(Math.round((total / indicator.target) * 1000) / 10)}% chỉ tiêu ${formatNumberVi(indicator.target)} ${indicator.unit})`
      : '';
  return indicator.aggregation === 'max' ? `${name} đạt cao nhất ${value}${target}` : `${name} đạt ${value}${target}`;
}

/**
 * The lead sentence of a task group in part I, from the figures only: how many of the units
 * included carried the group out (those that finished it and those still at it), then the
 * indicator totals. One sentence when nothing happened.
 */
export function taskGroupLead(figures: { included: number; statusCounts: StatusCounts; unitsWithResults: number; indicatorClauses: string[] }): string {
  const { done, in_progress } = figures.statusCounts;
  const carried = Math.max(done + in_progress, figures.unitsWithResults);
  if (carried === 0 && figures.indicatorClauses.length === 0) {
    return 'Trong kỳ, chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện nhiệm vụ này.';
  }
  const detail = [done ? `${done} đơn vị đã hoàn thành` : '', in_progress ? `${in_progress} đơn vị đang tiếp tục thực hiện` : ''].filter(Boolean);
  const who =
    carried > 0
      ? `Có ${carried}/${figures.included} cơ quan, đơn vị triển khai thực hiện nhiệm vụ này${detail.length ? ` (${detail.join(', ')})` : ''}`
      : '';
  const results = figures.indicatorClauses.length ? `kết quả chủ yếu: ${figures.indicatorClauses.join('; ')}` : '';
  const sentence = [who, results].filter(Boolean).join('; ');
  return `${sentence.charAt(0).toLocaleUpperCase('vi')}${sentence.slice(1)}.`;
}

const LIST_MARK = /^(?:[-+•*–]\s*|\d+[.)]\s+|[a-zđ][.)]\s+)/u;

/** A unit's line without the list mark it was typed with ("- ", "+ ", "1. ", "a) "). */
export function withoutListMark(line: string): string {
  return line.replace(LIST_MARK, '').trim();
}

/**
 * Lines that report nothing done — "Chưa tổ chức.", "Không có", "Không phát sinh." — are not
 * results: the lead sentence already counts the units that did not carry a group out.
 */
export function reportsNothing(line: string): boolean {
  const text = withoutListMark(line)
    .toLocaleLowerCase('vi')
    .replace(/[.;,!…\s]+$/u, '')
    .trim();
  return /^(?:chưa|không)(?: có)?(?: (?:tổ chức|triển khai|thực hiện|phát sinh|hoạt động|nội dung|kết quả|số liệu))?(?: gì)?$/u.test(text) || text === '';
}

/** A word written in capitals throughout ("UBND", "HĐND"): an abbreviation whose case stays. */
const isAbbreviation = (word: string) => word.length > 1 && word === word.toLocaleUpperCase('vi') && word !== word.toLocaleLowerCase('vi');
const startsUpper = (word: string) => word.length > 0 && word.charAt(0) !== word.charAt(0).toLocaleLowerCase('vi');

/**
 * A unit's result as prose that opens with the unit's name: "Sở Ngoại vụ tham mưu ban hành…"
 * from "Tham mưu ban hành…". The first letter is lowered only where it is plainly a sentence's
 * capital (the next word is in lower case: not "Hà Nội", not "UBND"); otherwise the name is
 * followed by a colon, so that no proper name loses its capital.
 */
export function unitResultSentence(unitName: string, line: string): string {
  const text = withoutListMark(line);
  const [first = '', second = ''] = text.split(/\s+/u);
  const plainCapital = startsUpper(first) && !isAbbreviation(first) && second !== '' && !startsUpper(second);
  return plainCapital ? `${unitName} ${lowerFirst(text)}` : `${unitName}: ${text}`;
}

/**
 * The starting text of the sections the office writes in the committee's own voice (parts II–IV):
 * sentence openings to complete, never the units' words. The units' inputs are beside the editor as
 * sources to quote.
 */
export function generalSectionTemplate(key: SummaryGeneralSectionKey, period: PeriodNaming): string[] {
  const span = periodSpanVi(period);
  const next = nextPeriodSpanVi(period) ?? 'kỳ tới';
  switch (key) {
    case 'strengths':
      return [`Công tác thông tin đối ngoại ${span} được các cơ quan, đơn vị thành viên triển khai …`];
    case 'limitations':
      return ['Bên cạnh kết quả đạt được, công tác thông tin đối ngoại còn một số hạn chế: …'];
    case 'causes':
      return ['Nguyên nhân của những hạn chế trên: …'];
    case 'next_plan':
      return [`Trong ${next}, Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh tập trung chỉ đạo các cơ quan, đơn vị thành viên thực hiện tốt một số nhiệm vụ trọng tâm sau:`, '…'];
    case 'difficulties':
      return ['…'];
    case 'proposals':
      return ['Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh đề nghị …'];
  }
}

/** The bulletin's items accepted from each unit in the summary's period (units with none left out), in the units' order. */
export interface SummaryBulletinCounts {
  total: number;
  units: { name: string; items: number }[];
}

/**
 * The months of the year whose bulletin issues a summary counts ("cung cấp 46 tin, bài cho Bản
 * tin"): a six-month summary its half, a year's summary the whole year; null for the others (the
 * bulletin appears twice a month, and a quarter's or a month's report does not speak of it).
 */
export function summaryBulletinMonths(period: Pick<PeriodNaming, 'kind' | 'sequence'>): { from: number; to: number } | null {
  if (period.kind === 'year') return { from: 1, to: 12 };
  if (period.kind !== 'half_year') return null;
  return period.sequence === 1 ? { from: 1, to: 6 } : { from: 7, to: 12 };
}

/** The opening's sentence on the bulletin, or null when no unit's item was accepted in the period. */
export function bulletinContributionSentence(period: PeriodNaming, counts: SummaryBulletinCounts): string | null {
  const units = counts.units.filter((u) => u.items > 0);
  if (counts.total === 0 || units.length === 0) return null;
  const given = `đã cung cấp ${formatNumberVi(counts.total)} tin, bài cho Bản tin thông tin đối ngoại của tỉnh`;
  if (units.length === 1) return `Trong ${periodSpanVi(period)}, ${units[0]!.name} ${given}.`;
  const byUnit = units.map((u) => `${u.name} ${formatNumberVi(u.items)}`).join(', ');
  return `Trong ${periodSpanVi(period)}, ${units.length} cơ quan, đơn vị thành viên ${given} (${byUnit}).`;
}
