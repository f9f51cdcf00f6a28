import { vietnamClock } from '@giao-ban/shared';
import { numberFormat } from '@/lib/format';
import { intlLocale, type Language } from '@/lib/i18n';

/**
 * A rate (0..1) as a percentage the Vietnamese way, "87,5 %" (English "87.5 %"); "—" when there
 * is nothing to count (null). At most one decimal.
 */
export function formatPercent(rate: number | null | undefined, language?: Language): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  const number = numberFormat(intlLocale(language), 1).format(rate * 100);
  return `${number} %`;
}

/** A count with the UI language's digit grouping ("1.808" in Vietnamese). */
export function formatCount(value: number, language?: Language): string {
  return numberFormat(intlLocale(language), 2).format(value);
}

/** "HH:mm:ss" on the Vietnamese clock: when the figures were computed. */
export function formatClockTime(iso: string): string {
  return vietnamClock(iso)?.time ?? iso;
}
