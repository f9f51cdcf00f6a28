import type { LocalDate, PeriodKind } from '../periods/period.types.js';
import { localDate } from './local-date.js';

export interface CutOffRange {
  from: LocalDate;
  to: LocalDate;
}

/**
 * Default data cut-off (thời gian chốt số liệu) of a periodic report, after the pattern of
 * Nghị định 09/2019/NĐ-CP, Điều 12: from the 15th of the month before the period to the 14th of
 * its last month. `sequence` is the month (1–12), quarter (1–4) or half (1–2) within `year`;
 * it is ignored for `year`. Ad hoc reports have no default: the office sets the range.
 */
export function defaultCutOff(kind: PeriodKind, year: number, sequence: number | null): CutOffRange | null {
  const range = (firstMonth: number, lastMonth: number): CutOffRange => ({
    // Month 0 of `year` normalises to December of the previous year.
    from: localDate(year, firstMonth - 1, 15),
    to: localDate(year, lastMonth, 14),
  });
  switch (kind) {
    case 'month':
      return range(requireSequence(kind, sequence, 12), requireSequence(kind, sequence, 12));
    case 'quarter': {
      const q = requireSequence(kind, sequence, 4);
      return range(3 * q - 2, 3 * q);
    }
    case 'half_year': {
      const h = requireSequence(kind, sequence, 2);
      return h === 1 ? range(1, 6) : range(7, 12);
    }
    case 'year':
      return range(1, 12);
    case 'ad_hoc':
      return null;
  }
}

function requireSequence(kind: PeriodKind, sequence: number | null, max: number): number {
  if (sequence === null || !Number.isInteger(sequence) || sequence < 1 || sequence > max) {
    throw new RangeError(`A ${kind} period needs a sequence between 1 and ${max}, got ${sequence}`);
  }
  return sequence;
}
