import { formatInstantVi, formatLocalDateVi, VIETNAM_TIME_ZONE, type LocalDate } from '@giao-ban/shared';
import { intlLocale, type Language } from './i18n';

/** Local dates (`YYYY-MM-DD`) are written dd/MM/yyyy in both languages: they are Vietnamese dates. */
export function formatDate(date: LocalDate | null | undefined): string {
  if (!date) return '';
  try {
    return formatLocalDateVi(date);
  } catch {
    return date;
  }
}

/**
 * An instant from the API on the Asia/Ho_Chi_Minh clock, written dd/MM/yyyy HH:mm in both
 * languages (Intl's vi-VN puts the time first); "" for nothing, an unreadable value as it came.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return formatInstantVi(iso) || iso;
}

/** A cut-off range: "15/06/2021 – 14/12/2021". */
export function formatDateRange(from: LocalDate, to: LocalDate): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** An instant (ISO string from the API), shown on the Asia/Ho_Chi_Minh clock. */
export function formatInstant(iso: string, language?: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: VIETNAM_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

export function formatNumber(value: number, language?: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}
