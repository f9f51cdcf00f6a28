import { defaultCutOff, parseLocalDate, type CutOffRange, type LocalDate, type PeriodKind } from '@giao-ban/shared';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';

/** How many months, quarters or halves a year has for a kind; null where a period has no number. */
export const SEQUENCE_MAX: Record<PeriodKind, number | null> = {
  month: 12,
  quarter: 4,
  half_year: 2,
  year: null,
  ad_hoc: null,
};

const ROMAN = ['I', 'II', 'III', 'IV'];

export function hasSequence(kind: PeriodKind): boolean {
  return SEQUENCE_MAX[kind] !== null;
}

/** The month, quarter or half that contains `today`; null for kinds without a number. */
export function sequenceContaining(kind: PeriodKind, today: LocalDate): number | null {
  const { month } = parseLocalDate(today);
  switch (kind) {
    case 'month':
      return month;
    case 'quarter':
      return Math.ceil(month / 3);
    case 'half_year':
      return month <= 6 ? 1 : 2;
    default:
      return null;
  }
}

/** The Decree 09 default cut-off, or null when there is none (ad hoc) or the inputs are incomplete. */
export function suggestedCutOff(kind: PeriodKind, year: number | null, sequence: number | null): CutOffRange | null {
  if (!year || (hasSequence(kind) && !sequence)) return null;
  try {
    return defaultCutOff(kind, year, hasSequence(kind) ? sequence : null);
  } catch {
    return null;
  }
}

/** Label of a sequence within its kind: "Tháng 11", "Quý IV", "6 tháng cuối năm". */
export function sequenceLabel(kind: PeriodKind, sequence: number, t: TFunction): string {
  switch (kind) {
    case 'month':
      return t('periodAdmin.sequence.month', { number: sequence });
    case 'quarter':
      return t('periodAdmin.sequence.quarter', { roman: ROMAN[sequence - 1] ?? String(sequence) });
    case 'half_year':
      return sequence === 1 ? t('periodAdmin.sequence.firstHalf') : t('periodAdmin.sequence.secondHalf');
    default:
      return String(sequence);
  }
}

/** The title Vietnamese offices give such a report ("Báo cáo 6 tháng cuối năm 2021"); empty for ad hoc. */
export function suggestedTitle(kind: PeriodKind, year: number | null, sequence: number | null, t: TFunction): string {
  if (!year) return '';
  switch (kind) {
    case 'month':
      return sequence ? t('periodAdmin.suggestedTitle.month', { number: sequence, year }) : '';
    case 'quarter':
      return sequence ? t('periodAdmin.suggestedTitle.quarter', { roman: ROMAN[sequence - 1] ?? sequence, year }) : '';
    case 'half_year':
      if (!sequence) return '';
      return sequence === 1
        ? t('periodAdmin.suggestedTitle.firstHalf', { year })
        : t('periodAdmin.suggestedTitle.secondHalf', { year });
    case 'year':
      return t('periodAdmin.suggestedTitle.year', { year });
    case 'ad_hoc':
      return '';
  }
}

/** antd's pickers speak dayjs; the API speaks `YYYY-MM-DD` local dates. */
export const DATE_FORMAT = 'DD/MM/YYYY';

export function toPickerValue(date: LocalDate | null | undefined): Dayjs | null {
  return date ? dayjs(date) : null;
}

export function fromPickerValue(value: Dayjs | null | undefined): LocalDate | null {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : null;
}
