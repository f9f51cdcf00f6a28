import { formatInstantVi } from '@giao-ban/shared';

/**
 * An instant from the API on the Asia/Ho_Chi_Minh clock, written dd/MM/yyyy HH:mm in both
 * languages (Intl's vi-VN puts the time first); an unreadable value is shown as it came.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return formatInstantVi(iso) || iso;
}
