import { intlLocale, type Language } from '@/lib/i18n';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * A rate (0..1) as a percentage the Vietnamese way, "87,5 %" (English "87.5 %"); "—" when there
 * is nothing to count (null). At most one decimal.
 */
export function formatPercent(rate: number | null | undefined, language?: Language): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  const number = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(rate * 100);
  return `${number} %`;
}

/** A count with the UI language's digit grouping ("1.808" in Vietnamese). */
export function formatCount(value: number, language?: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 }).format(value);
}

/** The parts of an instant on the Asia/Ho_Chi_Minh clock (UTC+7, no daylight saving: a fixed offset is exact). */
function vietnamParts(iso: string): { date: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
  const [year, month, day] = local.slice(0, 10).split('-');
  return { date: `${day}/${month}/${year}`, time: local.slice(11, 19) };
}

/** "HH:mm:ss" on the Vietnamese clock: when the figures were computed. */
export function formatClockTime(iso: string): string {
  return vietnamParts(iso)?.time ?? iso;
}

/** "dd/MM/yyyy HH:mm" on the Vietnamese clock; "" for nothing. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = vietnamParts(iso);
  return parts ? `${parts.date} ${parts.time.slice(0, 5)}` : iso;
}
