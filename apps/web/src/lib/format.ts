import { formatInstantVi, formatLocalDateVi, type LocalDate } from '@giao-ban/shared';
import type { Language } from './i18n';

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
 * An instant from the API on the Asia/Ho_Chi_Minh clock, written "HH:mm dd/MM/yyyy" (the
 * Vietnamese order, time then date: "14:45 02/12/2026") in both languages; "" for nothing, an
 * unreadable value as it came. The app's one way of writing a date-time.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return formatInstantVi(iso) || iso;
}

/** A cut-off range: "15/06/2021 – 14/12/2021". */
export function formatDateRange(from: LocalDate, to: LocalDate): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/**
 * The same as `formatDateTime` (kept for its callers): one format in both languages, so the screen,
 * the e-mails and the paper never write a time two ways.
 */
export function formatInstant(iso: string, _language?: Language): string {
  return formatDateTime(iso);
}

/**
 * A figure with Vietnamese digit grouping ("1.811", "2,5") in both languages, like the dates: the
 * figures are the Vietnamese reports' own, and the screen writes them as the paper does.
 */
export function formatNumber(value: number, _language?: Language): string {
  return numberFormat('vi-VN', 6).format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per locale and precision, made on first use: making one costs far more
 * than formatting with it (a dashboard writes hundreds of figures, ~50 ms of its first render
 * when each made its own).
 */
export function numberFormat(locale: string, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}/${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** For an InputNumber: shows what is typed with the same grouping ("1811" → "1.811"). */
export function formatNumberInput(value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** The InputNumber's way back: "1.811,5" → "1811.5". */
export function parseNumberInput(text: string | undefined): string {
  return (text ?? '').replace(/\./g, '').replace(',', '.');
}
